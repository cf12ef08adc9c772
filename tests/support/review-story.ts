/**
 * A short wire story written for the review tests: four confident attributions and one the extractor doubts
 * (an unknown one-word speaker with a belief verb: confidence 0.6, flagged for review), as the fifth statement.
 */
export const REVIEW_STORY = `Kremlin rejects NATO expansion as talks stall

MOSCOW (Reuters) - Kremlin spokesman Dmitry Peskov told CNN on Wednesday that NATO's eastward expansion was a direct threat to Russia's security.

"We will never accept that," he said.

Ryabkov said the talks in Geneva had reached a dead end, according to Sputnik.

Volkov thinks that new sanctions against Russia would fail.
`;
