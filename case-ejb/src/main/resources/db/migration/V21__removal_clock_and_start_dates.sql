-- A removal request's clock may come from any statute of the law library that has a rule counting
-- from the request (Utah Code § 13-72b-302, eSafety, …), chosen on the request; without one it
-- comes from its legal basis (removal_basis). clock_grade is the source grade of the deadline that
-- set the request's clock (SECONDARY: provisional), null for a follow-up date.
-- A deadline whose rule counts from a chosen start date (trigger MANUAL) keeps that date.

ALTER TABLE removal_request ADD COLUMN clock_statute_id BIGINT REFERENCES statute (id);
ALTER TABLE removal_request ADD COLUMN clock_grade VARCHAR(12);
ALTER TABLE removal_request_aud ADD COLUMN clock_statute_id BIGINT;
ALTER TABLE removal_request_aud ADD COLUMN clock_grade VARCHAR(12);

-- A notice is recorded as sent when and how it really was sent (channel), which may be before
-- it was recorded (recorded_at); the request's clock counts from sent_at.
ALTER TABLE removal_notice ADD COLUMN channel VARCHAR(20);
ALTER TABLE removal_notice ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE case_deadline ADD COLUMN start_date DATE;
ALTER TABLE case_deadline_aud ADD COLUMN start_date DATE;
