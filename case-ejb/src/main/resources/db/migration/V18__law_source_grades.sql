-- Source grades instead of the verified flag, several sources per statute and rule, and the dates
-- a statute or rule is in force (issue 18).
--
-- A grade says how well a statute or rule is sourced: PRIMARY (the official text), MIRROR (the
-- text on an unofficial site), SECONDARY (a summary: government explainer, law firm, NGO, news),
-- UNCONFIRMED (no source states it). Existing rows: a verified statute is PRIMARY when its source
-- is an official site and MIRROR otherwise; an unverified one SECONDARY. A verified rule is
-- PRIMARY; an unverified rule is UNCONFIRMED without a period and SECONDARY with one. Two seeded
-- periods come from summaries, not from the text their statute links to (research rows of
-- shared/LAW-RESEARCH.md): the six months for Sexual Offences Act 2003 s.66B (Magistrates' Courts
-- Act 1980 s.127, quoted by the Government's response) and the twelve months for Criminal Code
-- s.162.1 (s.786(2), quoted by criminalnotebook.ca): both SECONDARY, with those sources.

ALTER TABLE statute ADD COLUMN source_grade VARCHAR(12);
ALTER TABLE statute ADD COLUMN source_urls VARCHAR(4000);
ALTER TABLE statute ADD COLUMN effective_until DATE;
ALTER TABLE statute ADD COLUMN flags VARCHAR(200);

UPDATE statute SET source_grade = CASE
    WHEN verified = FALSE THEN 'SECONDARY'
    WHEN source_url LIKE 'https://uscode.house.gov/%'
      OR source_url LIKE 'https://www.nysenate.gov/%'
      OR source_url LIKE 'https://www.ilga.gov/%'
      OR source_url LIKE 'https://leginfo.legislature.ca.gov/%'
      OR source_url LIKE 'https://statutes.capitol.texas.gov/%'
      OR source_url LIKE 'https://www.legislation.gov.uk/%'
      OR source_url LIKE 'https://www.legislation.gov.au/%'
      OR source_url LIKE 'https://laws-lois.justice.gc.ca/%'
      OR source_url LIKE 'https://www.bclaws.gov.bc.ca/%'
      OR source_url LIKE 'https://eur-lex.europa.eu/%'
      OR source_url LIKE '%.gov/%'
      OR source_url LIKE '%.gov.%/%' THEN 'PRIMARY'
    ELSE 'MIRROR' END;
UPDATE statute SET source_urls = source_url;
ALTER TABLE statute ALTER COLUMN source_grade SET NOT NULL;
ALTER TABLE statute DROP COLUMN verified;

ALTER TABLE deadline_rule ADD COLUMN source_grade VARCHAR(12);
ALTER TABLE deadline_rule ADD COLUMN source_urls VARCHAR(4000);
ALTER TABLE deadline_rule ADD COLUMN last_checked DATE;
ALTER TABLE deadline_rule ADD COLUMN effective_from DATE;
ALTER TABLE deadline_rule ADD COLUMN effective_until DATE;

UPDATE deadline_rule SET source_grade = CASE
    WHEN verified = TRUE THEN 'PRIMARY'
    WHEN amount IS NULL AND window_end IS NULL AND combinator IS NULL THEN 'UNCONFIRMED'
    ELSE 'SECONDARY' END;
UPDATE deadline_rule SET source_grade = 'SECONDARY',
    source_urls = 'https://www.accountabilityindex.uk/committees/25/recommendation/6370/' || CHR(10) || 'https://sectionapp.co.uk/offences/sharing-or-threatening-to-share-intimate-photograph-or-film',
    last_checked = DATE '2026-12-06'
  WHERE id = 10 AND statute_id = 8 AND amount = 6;
UPDATE deadline_rule SET source_grade = 'SECONDARY',
    source_urls = 'https://criminalnotebook.ca/index.php/Distribution_of_Intimate_Images_(Offence)',
    last_checked = DATE '2026-12-06'
  WHERE id = 12 AND statute_id = 10 AND amount = 12;
ALTER TABLE deadline_rule ALTER COLUMN source_grade SET NOT NULL;
ALTER TABLE deadline_rule DROP COLUMN verified;

-- The deadlines of cases carry the grade and the source shown beside a provisional date.
ALTER TABLE case_deadline ADD COLUMN source_grade VARCHAR(12);
ALTER TABLE case_deadline ADD COLUMN source_url VARCHAR(500);
UPDATE case_deadline SET source_grade = (
    SELECT r.source_grade FROM deadline_rule r WHERE r.id = case_deadline.rule_id)
  WHERE rule_id IS NOT NULL;

-- History (Envers) keeps the same columns.
ALTER TABLE statute_aud ADD COLUMN source_grade VARCHAR(12);
ALTER TABLE statute_aud ADD COLUMN source_urls VARCHAR(4000);
ALTER TABLE statute_aud ADD COLUMN effective_until DATE;
ALTER TABLE statute_aud ADD COLUMN flags VARCHAR(200);
UPDATE statute_aud SET source_grade = CASE WHEN verified = TRUE THEN 'PRIMARY' ELSE 'SECONDARY' END,
    source_urls = source_url;
ALTER TABLE statute_aud DROP COLUMN verified;

ALTER TABLE deadline_rule_aud ADD COLUMN source_grade VARCHAR(12);
ALTER TABLE deadline_rule_aud ADD COLUMN source_urls VARCHAR(4000);
ALTER TABLE deadline_rule_aud ADD COLUMN last_checked DATE;
ALTER TABLE deadline_rule_aud ADD COLUMN effective_from DATE;
ALTER TABLE deadline_rule_aud ADD COLUMN effective_until DATE;
UPDATE deadline_rule_aud SET source_grade = CASE
    WHEN verified = TRUE THEN 'PRIMARY'
    WHEN amount IS NULL AND window_end IS NULL AND combinator IS NULL THEN 'UNCONFIRMED'
    ELSE 'SECONDARY' END;
ALTER TABLE deadline_rule_aud DROP COLUMN verified;

ALTER TABLE case_deadline_aud ADD COLUMN source_grade VARCHAR(12);
ALTER TABLE case_deadline_aud ADD COLUMN source_url VARCHAR(500);
