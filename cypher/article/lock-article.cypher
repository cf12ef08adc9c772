// Opens an article import: takes the write locks of the article and of every shared entity it declares, in
// one global order (the caller sorts $entities by label and id), and returns the digest of the annotation the
// article was last imported from. Imports that share actors then queue on the first lock they share instead
// of deadlocking halfway, and concurrent imports of one article run one after the other, each seeing what the
// one before committed: exactly one of them creates the article. Entities are created here when new (the
// import fills them in later in the same transaction).
// $id: article id, $entities: [{label: 'Actor'|'Event'|'Outlet'|'Position', id}]. Columns: digest (null when
// the article is new).
MERGE (a:Article {id: $id})
SET a.importLock = true
REMOVE a.importLock
WITH a
CALL (a) {
  UNWIND $entities AS entity
  CALL (entity) {
    WITH entity WHERE entity.label = 'Actor'
    MERGE (n:Actor {id: entity.id})
    SET n.importLock = true
    REMOVE n.importLock
  }
  CALL (entity) {
    WITH entity WHERE entity.label = 'Event'
    MERGE (n:Event {id: entity.id})
    SET n.importLock = true
    REMOVE n.importLock
  }
  CALL (entity) {
    WITH entity WHERE entity.label = 'Outlet'
    MERGE (n:Outlet {id: entity.id})
    SET n.importLock = true
    REMOVE n.importLock
  }
  CALL (entity) {
    WITH entity WHERE entity.label = 'Position'
    MERGE (n:Position {id: entity.id})
    SET n.importLock = true
    REMOVE n.importLock
  }
}
RETURN a.digest AS digest
