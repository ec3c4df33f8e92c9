-- The API pages a subtree by (depth, descendant): with this index each page is one range scan, where the primary key
-- alone made every page sort the whole subtree (302,836 rows at the national root).
CREATE INDEX "CommitteeClosure_ancestorId_depth_descendantId_idx" ON "CommitteeClosure"("ancestorId", "depth", "descendantId");
