-- Scheduled jobs run once per cluster: a node runs a job only while it holds the job's lease, which
-- it takes with a conditional UPDATE (the holder renews it; anyone takes it once it has run out).
-- A row is added the first time a job is asked for, with a lease that has already ended.
CREATE TABLE job_lease (
    job_name       VARCHAR(100) NOT NULL PRIMARY KEY,
    holder         VARCHAR(200) NOT NULL,
    lease_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_started   TIMESTAMP WITH TIME ZONE,
    last_finished  TIMESTAMP WITH TIME ZONE
);
