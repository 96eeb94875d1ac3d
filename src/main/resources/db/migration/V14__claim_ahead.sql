-- A run claimed ahead (POST /api/queue/{lang}/claim?ahead=true): the second run a translator or
-- reviewer holds while finishing the first, so that no wait falls between runs. A person holds at
-- most two runs: the rows of their current run (false) and those of the run claimed ahead (true).
-- Only meaningful while claimed_by holds a live lease; every claim sets it with the lease.
ALTER TABLE translation ADD COLUMN claimed_ahead boolean NOT NULL DEFAULT false;
