// Lookups by name are case-insensitive: each keeps a lowercased key next to the display name.
CREATE INDEX actor_name_key IF NOT EXISTS FOR (n:Actor) ON (n.nameKey);
CREATE INDEX position_name_key IF NOT EXISTS FOR (n:Position) ON (n.nameKey);
CREATE INDEX outlet_name_key IF NOT EXISTS FOR (n:Outlet) ON (n.nameKey);
// Filters and sort keys of the statement connection.
CREATE INDEX statement_stated_on IF NOT EXISTS FOR (n:Statement) ON (n.statedOn);
CREATE INDEX statement_speech_act IF NOT EXISTS FOR (n:Statement) ON (n.speechAct);
CREATE INDEX article_published_on IF NOT EXISTS FOR (n:Article) ON (n.publishedOn);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
// Stances are filtered on the relationship itself.
CREATE INDEX takes_position_stance IF NOT EXISTS FOR ()-[r:TAKES_POSITION]-() ON (r.stance);
// A speaker's statements on one position, found without walking either node's relationships (stance
// timelines): the speaker and the position are copied onto the stance edge (docs/model.md, stance copies).
CREATE INDEX takes_position_speaker IF NOT EXISTS FOR ()-[r:TAKES_POSITION]-() ON (r.speaker, r.position);
