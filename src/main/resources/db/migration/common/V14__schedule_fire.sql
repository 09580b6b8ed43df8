-- One row per scheduled fire a node took on: the schedule (its file name) and the instant the fire stands for (a
-- caught-up fire stands for the missed time, not for when it ran). The key lets only one node take a fire; a node
-- that finds it taken counts itself in duplicate_fires, which stays 0 while Quartz's cluster fires each trigger once.
CREATE TABLE schedule_fire (
    schedule_name   VARCHAR(200) NOT NULL,
    fire_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    fired_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    node            VARCHAR(200) NOT NULL,
    outcome         VARCHAR(2000),
    finished_at     TIMESTAMP WITH TIME ZONE,
    duplicate_fires INTEGER DEFAULT 0 NOT NULL,
    PRIMARY KEY (schedule_name, fire_time)
);
