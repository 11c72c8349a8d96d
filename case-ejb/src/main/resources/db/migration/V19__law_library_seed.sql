-- The law library seeded from shared/LAW-RESEARCH.md (issue 18): every jurisdiction, statute and
-- clock of the research that has a citation and a source, as public sources stated them on
-- 2026-12-06. Not legal advice: a lawyer must review it before anyone relies on it.
--
-- Each statute and rule carries the grade of its research row (P = PRIMARY, M = MIRROR,
-- S = SECONDARY) and its sources. Where the research says "not found", no number is stored: a
-- limitation section known to exist but whose period no source states is a rule without an
-- amount (UNCONFIRMED), and a clock whose commencement is unknown keeps its number but is
-- UNCONFIRMED, so it yields no date until an administrator sets its commencement and grade.
-- Triggers: "the conduct", "the violation" and "the last violation" are the case's incident date;
-- a clock that runs from an event the case does not record (an order, a host's notice to the
-- author, the date a querela period starts under general rules) runs from the chosen date
-- (MANUAL). Where a source says a period runs from majority for a minor, the rule is tolled
-- during minority; "the later of" two periods is a LATER_OF rule.

-- Jurisdictions: states under their country, provinces and states under theirs, EU member states under the EU.
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-AL', 'Alabama', 'US', 'America/Chicago', 'US-AL');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-AK', 'Alaska', 'US', 'America/Anchorage', 'US-AK');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-AZ', 'Arizona', 'US', 'America/Phoenix', 'US-AZ');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-AR', 'Arkansas', 'US', 'America/Chicago', 'US-AR');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-CO', 'Colorado', 'US', 'America/Denver', 'US-CO');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-CT', 'Connecticut', 'US', 'America/New_York', 'US-CT');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-DE', 'Delaware', 'US', 'America/New_York', 'US-DE');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-DC', 'District of Columbia', 'US', 'America/New_York', 'US-DC');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-FL', 'Florida', 'US', 'America/New_York', 'US-FL');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-GA', 'Georgia', 'US', 'America/New_York', 'US-GA');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-HI', 'Hawaii', 'US', 'Pacific/Honolulu', 'US-HI');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-ID', 'Idaho', 'US', 'America/Boise', 'US-ID');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-IN', 'Indiana', 'US', 'America/Indiana/Indianapolis', 'US-IN');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-MN', 'Minnesota', 'US', 'America/Chicago', 'US-MN');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-NV', 'Nevada', 'US', 'America/Los_Angeles', 'US-NV');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-NJ', 'New Jersey', 'US', 'America/New_York', 'US-NJ');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-NC', 'North Carolina', 'US', 'America/New_York', 'US-NC');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-OR', 'Oregon', 'US', 'America/Los_Angeles', 'US-OR');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-PA', 'Pennsylvania', 'US', 'America/New_York', 'US-PA');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-UT', 'Utah', 'US', 'America/Denver', 'US-UT');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-VA', 'Virginia', 'US', 'America/New_York', 'US-VA');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-WA', 'Washington', 'US', 'America/Los_Angeles', 'US-WA');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('US-WV', 'West Virginia', 'US', 'America/New_York', 'US-WV');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('GB-EAW', 'England and Wales', 'GB', 'Europe/London', 'GB-ENG');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('GB-SCT', 'Scotland', 'GB', 'Europe/London', 'GB-SCT');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('IE', 'Ireland', 'EU', 'Europe/Dublin', 'IE');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('DE', 'Germany', 'EU', 'Europe/Berlin', 'DE');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('FR', 'France', 'EU', 'Europe/Paris', 'FR');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('ES', 'Spain', 'EU', 'Europe/Madrid', 'ES');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('IT', 'Italy', 'EU', 'Europe/Rome', 'IT');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('BR', 'Brazil', NULL, 'America/Sao_Paulo', 'BR');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('CA-AB', 'Alberta', 'CA', 'America/Edmonton', 'CA-AB');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('CA-SK', 'Saskatchewan', 'CA', 'America/Regina', 'CA-SK');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('CA-MB', 'Manitoba', 'CA', 'America/Winnipeg', 'CA-MB');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('CA-NB', 'New Brunswick', 'CA', 'America/Moncton', 'CA-NB');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('CA-NS', 'Nova Scotia', 'CA', 'America/Halifax', 'CA-NS');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('CA-NL', 'Newfoundland and Labrador', 'CA', 'America/St_Johns', 'CA-NL');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('IN', 'India', NULL, 'Asia/Kolkata', 'IN');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('KR', 'South Korea', NULL, 'Asia/Seoul', NULL);
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('JP', 'Japan', NULL, 'Asia/Tokyo', 'JP');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('NZ', 'New Zealand', NULL, 'Pacific/Auckland', 'NZ');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('PH', 'Philippines', NULL, 'Asia/Manila', 'PH');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('AU-NSW', 'New South Wales', 'AU', 'Australia/Sydney', 'AU-NSW');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('AU-VIC', 'Victoria', 'AU', 'Australia/Melbourne', 'AU-VIC');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('AU-QLD', 'Queensland', 'AU', 'Australia/Brisbane', 'AU-QLD');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('AU-WA', 'Western Australia', 'AU', 'Australia/Perth', 'AU-WA');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('AU-SA', 'South Australia', 'AU', 'Australia/Adelaide', 'AU-SA');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('AU-ACT', 'Australian Capital Territory', 'AU', 'Australia/Sydney', 'AU-ACT');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('AU-NT', 'Northern Territory', 'AU', 'Australia/Darwin', 'AU-NT');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('ZA', 'South Africa', NULL, 'Africa/Johannesburg', 'ZA');
INSERT INTO jurisdiction (code, name, parent_code, time_zone, holiday_calendar) VALUES ('CI', 'Côte d''Ivoire', NULL, 'Africa/Abidjan', 'CI');

-- Statutes already in the library: what they cover and the research's further sources.
UPDATE statute SET flags = 'INTIMATE_IMAGES', source_urls = source_url || CHR(10) || 'https://github.com/mjmirza/app-store-compliance/discussions/1369' WHERE id = 1;
UPDATE statute SET flags = 'INTIMATE_IMAGES', source_urls = source_url || CHR(10) || 'https://d1tvxue8o4w0fl.cloudfront.net/statute/united-states-code/title-15-commerce-and-trade/chapter-94a-visual-depiction-privacy/section-6851-civil-action-relating-to-disclosure-of-intimate-images' || CHR(10) || 'https://www.customsmobile.com/uscode/title15_chapter94A_section6851' WHERE id = 2;
UPDATE statute SET flags = 'INTIMATE_IMAGES' WHERE id = 4;
UPDATE statute SET flags = 'INTIMATE_IMAGES SEXUAL_DEEPFAKES THREATS_TO_SHARE', source_urls = source_url || CHR(10) || 'https://beta.ilga.gov/Legislation/PublicActs/View/103-0294' || CHR(10) || 'https://www.pattersonlawfirm.com/blog/2023/08/18/illinois-provides-for-consumer-fees-in-one-sided-consumer-contracts-dup/' WHERE id = 5;
UPDATE statute SET flags = 'INTIMATE_IMAGES' WHERE id = 6;
UPDATE statute SET flags = 'INTIMATE_IMAGES' WHERE id = 7;
UPDATE statute SET flags = 'INTIMATE_IMAGES SEXUAL_DEEPFAKES THREATS_TO_SHARE', source_urls = source_url || CHR(10) || 'https://sectionapp.co.uk/offences/sharing-or-threatening-to-share-intimate-photograph-or-film' WHERE id = 8;
UPDATE statute SET flags = 'INTIMATE_IMAGES' WHERE id = 9;
UPDATE statute SET flags = 'INTIMATE_IMAGES', source_urls = source_url || CHR(10) || 'https://criminalnotebook.ca/index.php/Distribution_of_Intimate_Images_(Offence)' WHERE id = 10;
UPDATE statute SET flags = 'INTIMATE_IMAGES' WHERE id = 11;
UPDATE statute SET flags = 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', source_urls = source_url || CHR(10) || 'https://victim-support.eu/news/vse-statement-on-the-violence-against-women-directive/' || CHR(10) || 'https://eur-lex.europa.eu/eli/dir/2024/1385' WHERE id = 13;
UPDATE statute SET last_reviewed = DATE '2026-12-06' WHERE id IN (1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 13);

-- New statutes.
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-CA', 'Cal. Civ. Code § 1708.86', 'Civil action for sexually explicit digitized depictions (AB 602; amended by AB 621)', 'CIVIL_REMEDY',
  'Action against the creator or discloser of a sexually explicit deepfake; after AB 621 (Stats. 2025 ch. 673, eff. 2026-01-01) also against those who knowingly facilitate or recklessly aid; service providers presumed liable if they keep enabling a deepfake-porn service 30 days after receiving sufficient evidence; public-prosecutor civil actions.',
  'Statutory damages $1,500–$50,000 per work ($250,000 if malicious); punitive damages; fees; injunction; public-prosecutor civil actions ($25k/$50k per violation).', NULL, NULL, 'https://opencalaccess.org/leginfo/bill_info/20250AB62193CHP',
  'https://opencalaccess.org/leginfo/bill_info/20250AB62193CHP' || CHR(10) || 'https://app.legiplex.com/ca/legislature/2019/2019-r/bills/ab602/drafts-compare' || CHR(10) || 'https://www.regulon.ai/bills/CA-AB-621/' || CHR(10) || 'https://app.legiplex.com/ca/legislature/2019/2019-r/bills/sb564/drafts-compare', DATE '2026-12-06', 'PRIMARY', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-CO', 'C.R.S. §§ 13-21-1401 et seq.', 'Uniform Civil Remedies for Unauthorized Disclosure of Intimate Images Act (SB 19-100)', 'CIVIL_REMEDY',
  'Cause of action (§ 13-21-1403) for unauthorized disclosure of intimate images and threats to disclose; pseudonym.',
  'Cause of action, pseudonym, damages.', DATE '2019-04-08', NULL, 'https://colorado.public.law/statutes/crs_13-21-1403',
  'https://colorado.public.law/statutes/crs_13-21-1403' || CHR(10) || 'https://law.uslawyerdatabase.com/us-law/2022-colorado-code/title-13-courts-and-court-procedure/article-21-damages/part-14-uniform-civil-remedies-for-unauthorized-disclosure-of-intimate-images', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-DC', 'D.C. Bill B25-0484 (enrolled)', 'Uniform Civil Remedies for Unauthorized Disclosure of Intimate Images Act of 2024', 'CIVIL_REMEDY',
  'Civil action for unauthorized disclosure of intimate images. D.C. Law number and effective date not found.',
  'Actual, statutory and punitive damages, disgorgement, fees, injunction, identity protection.', NULL, NULL, 'https://fastdemocracy.com/bill-summary/?billsummary_id=DCB00020955&billsummary_session=25&billsummary_state=dc',
  'https://fastdemocracy.com/bill-summary/?billsummary_id=DCB00020955&billsummary_session=25&billsummary_state=dc' || CHR(10) || 'https://app.legiplex.com/dc/legislature/2023/2023-r/bills/b25-0484', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-FL', 'Fla. Stat. § 784.049', 'Sexual cyberharassment', 'CRIMINAL_AND_CIVIL',
  'Offence of sexual cyberharassment, with a civil action. 2022 SB 1798 increased the monetary damages; the new figure was not found.',
  'Injunction; "$5,000 or actual damages … whichever is greater" (2015 text); fees.', NULL, NULL, 'https://d1tvxue8o4w0fl.cloudfront.net/statute/florida-statutes/title-xlvi-crimes/chapter-784-assault-battery-culpable-negligence/section-784049-sexual-cyberharassment',
  'https://d1tvxue8o4w0fl.cloudfront.net/statute/florida-statutes/title-xlvi-crimes/chapter-784-assault-battery-culpable-negligence/section-784049-sexual-cyberharassment' || CHR(10) || 'https://palmbeachevictions.com/uncategorized/sexual-cyberharassment-1-of-130-new-florida-laws-now-in-effect' || CHR(10) || 'https://flsenate.gov/Session/Bill/2022/1798/BillText/c1/HTML', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-FL', 'Fla. Stat. § 836.13', 'Altered sexual depictions (deepfakes)', 'CRIMINAL_AND_CIVIL',
  'Third-degree felony with a civil cause of action (2022 SB 1798); amended 2025 to add "covered platform".',
  'Prosecution (third-degree felony); civil cause of action.', NULL, NULL, 'https://www.flsenate.gov/Laws/Statutes/2025/0836.13',
  'https://www.flsenate.gov/Laws/Statutes/2025/0836.13' || CHR(10) || 'https://www.flsenate.gov/Committees/billsummaries/2022/html/2658', DATE '2026-12-06', 'PRIMARY', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-FL', 'Fla. Stat. § 836.14', 'Theft or unauthorized promotion of sexually explicit images', 'CRIMINAL_AND_CIVIL',
  'Third-degree felony with a civil cause of action (2022 SB 1798).',
  'Prosecution (third-degree felony); civil cause of action.', NULL, NULL, 'https://www.flsenate.gov/Committees/billsummaries/2022/html/2658',
  'https://www.flsenate.gov/Committees/billsummaries/2022/html/2658', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-IN', 'IC 34-21.5', 'Causes of action: nonconsensual pornography (P.L. 29-2019)', 'CIVIL_REMEDY',
  'Action for disclosing nonconsensual pornography, including a "computer generated image"; section 34-21.5-3-3 sets a statute of limitations whose period was not found.',
  'Damages and fees (34-21.5-3-2).', DATE '2019-07-01', NULL, 'http://print.casetext.com/statute/indiana-code/title-34-civil-law-and-procedure/article-215-causes-of-action-nonconsensual-pornography/chapter-3-disclosing-nonconsensual-pornography/section-34-215-3-1-action-for-disclosure-of-nonconsensual-pornography',
  'http://print.casetext.com/statute/indiana-code/title-34-civil-law-and-procedure/article-215-causes-of-action-nonconsensual-pornography/chapter-3-disclosing-nonconsensual-pornography/section-34-215-3-1-action-for-disclosure-of-nonconsensual-pornography' || CHR(10) || 'https://lexace.ai/us/statute/indiana/34-21.5-2-1', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-MN', 'Minn. Stat. § 604.31', 'Cause of action for nonconsensual dissemination of private sexual images', 'CIVIL_REMEDY',
  'Civil action (also for nonconsensual sexual solicitation); the Senate summary says the section has a statute of limitations provision, period not found.',
  'Damages, profits, civil penalty ("$10,000 civil fine" per a firm blog), fees, injunction, confidentiality.', NULL, NULL, 'http://www.senate.mn/departments/scr/billsumm/summary_display_from_db.php?ls=89&id=4659',
  'http://www.senate.mn/departments/scr/billsumm/summary_display_from_db.php?ls=89&id=4659' || CHR(10) || 'https://lawserver.com/law/state/minnesota/mn-statutes/minnesota_statutes_604-31', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-MN', 'Minn. Stat. § 604.32', 'Cause of action for nonconsensual dissemination of a deep fake', 'CIVIL_REMEDY',
  'Cause of action for nonconsensual dissemination of a deep fake depicting intimate parts or sexual acts.',
  'Cause of action.', NULL, NULL, 'https://lawserver.com/law/state/minnesota/mn-statutes/minnesota_statutes_604-32',
  'https://lawserver.com/law/state/minnesota/mn-statutes/minnesota_statutes_604-32', DATE '2026-12-06', 'MIRROR', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-NJ', 'N.J.S.A. 2A:58D-1', 'Civil action for invasion of privacy by recording or disclosure', 'CIVIL_REMEDY',
  'Civil action for recording or disclosing intimate images without consent (L.2003 c.206). A2281 (2022-23) would raise the minimum to $10,000; enactment not found.',
  'Actual damages "but not less than liquidated damages computed at the rate of $1,000.00 for each violation"; punitive damages; fees; equitable relief.', NULL, NULL, 'http://laws9.com/statutes/new-jersey/title-2a/section-2a-58d/2a-58d-1',
  'http://laws9.com/statutes/new-jersey/title-2a/section-2a-58d/2a-58d-1' || CHR(10) || 'https://pub.njleg.state.nj.us/Bills/2022/A2500/2281_S1.HTM', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-NY', 'N.Y. Civ. Rights Law § 52-c', 'Private right of action for unlawful dissemination of sexually explicit depictions (digitization)', 'CIVIL_REMEDY',
  'Cause of action against a person who discloses, disseminates or publishes sexually explicit material (a "digitization") of the depicted individual.',
  'Cause of action.', NULL, NULL, 'https://www.nysenate.gov/legislation/laws/CVR/52-C',
  'https://www.nysenate.gov/legislation/laws/CVR/52-C' || CHR(10) || 'http://www.maw-law.com/internet-law/new-york-law-creates-private-right-of-action-for-victims-of-pornographic-deepfakes/', DATE '2026-12-06', 'PRIMARY', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-NY', 'N.Y. Civ. Rights Law § 52-d', 'Action for a crime victim whose image was disseminated (Penal Law § 250.71)', 'CIVIL_REMEDY',
  'Action for a crime victim whose image was disseminated in violation of Penal Law § 250.71.',
  'Injunction, punitive and compensatory damages, fees.', NULL, NULL, 'https://nysenate.gov/legislation/laws/CVR/52-D',
  'https://nysenate.gov/legislation/laws/CVR/52-D', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-NC', 'N.C.G.S. § 14-190.5A', 'Disclosure of private images', 'CRIMINAL_AND_CIVIL',
  'Offence of disclosing private images, with a civil action in the same section.',
  'Civil: actual damages "but not less than liquidated damages, at the rate of $1,000 per day for each day of the violation or $10,000, whichever is higher" (secondary); punitive damages; fees.', NULL, NULL, 'http://www.ncga.state.nc.us/EnactedLegislation/Statutes/HTML/BySection/Chapter_14/GS_14-190.5A.html',
  'http://www.ncga.state.nc.us/EnactedLegislation/Statutes/HTML/BySection/Chapter_14/GS_14-190.5A.html' || CHR(10) || 'https://northcarolinadivorcelawyersblog.com/amp/revenge-porn-what-is-it-and-how-you-can-be-punished-for-exposing-your-ex', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-OR', 'ORS 30.833', 'Civil action for unlawful dissemination of an intimate image (ORS 163.472)', 'CIVIL_REMEDY',
  'Civil action (2019 c.304) tied to the offence in ORS 163.472.',
  'Injunction; the greater of special/general damages or "$5,000 per plaintiff against each defendant"; economic gain; punitive damages; fees.', NULL, NULL, 'https://oregon.public.law/statutes/ors_30.833',
  'https://oregon.public.law/statutes/ors_30.833', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-OR', 'ORS 30.865', 'Action for invasion of personal privacy', 'CIVIL_REMEDY',
  'Civil action for invasion of personal privacy, including dissemination of a nude recording.',
  'Compensatory damages, fees.', NULL, NULL, 'https://law.onecle.com/oregon/30-actions-and-suits-in-particular/30.865.html',
  'https://law.onecle.com/oregon/30-actions-and-suits-in-particular/30.865.html', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-OR', 'ORS 30.835', 'Action for improper disclosure of private information', 'CIVIL_REMEDY',
  'Civil action for doxxing: improper disclosure of private information.',
  'Economic and noneconomic damages, fees, other relief.', NULL, NULL, 'https://d1tvxue8o4w0fl.cloudfront.net/statute/oregon-revised-statutes/title-3-remedies-and-special-actions-and-proceedings/chapter-30-actions-and-suits-in-particular-cases/miscellaneous-actions/section-30835-action-for-improper-disclosure-of-private-information-attorney-fees',
  'https://d1tvxue8o4w0fl.cloudfront.net/statute/oregon-revised-statutes/title-3-remedies-and-special-actions-and-proceedings/chapter-30-actions-and-suits-in-particular-cases/miscellaneous-actions/section-30835-action-for-improper-disclosure-of-private-information-attorney-fees', DATE '2026-12-06', 'MIRROR', 'DOXXING', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-PA', '42 Pa.C.S. § 8316.1', 'Damages in actions for unlawful dissemination of intimate image (18 Pa.C.S. § 3131)', 'CIVIL_REMEDY',
  'Civil action tied to the offence in 18 Pa.C.S. § 3131.',
  'Actual damages or $500, whichever is greater; up to treble damages; fees.', NULL, NULL, 'https://nocache.womenslaw.org/laws/pa/statutes/83161-damages-actions-unlawful-dissemination-intimate-image',
  'https://nocache.womenslaw.org/laws/pa/statutes/83161-damages-actions-unlawful-dissemination-intimate-image', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-TX', 'Tex. Civ. Prac. & Rem. Code § 98B.0021 (SB 441, 89th Leg.)', 'Liability for artificial intimate visual material and nudification applications', 'CIVIL_REMEDY',
  'SB 441 (2025, enrolled text) adds liability for producing, soliciting or disclosing artificial intimate visual material and for nudification applications. Signing and effective dates not found.',
  'Existing ch. 98B damages and injunction; liability for AI intimate material and nudification apps.', NULL, NULL, 'https://capitol.texas.gov/tlodocs/89R/billtext/html/SB00441F.htm',
  'https://capitol.texas.gov/tlodocs/89R/billtext/html/SB00441F.htm' || CHR(10) || 'https://legalfix.com/statutes/state-codes/texas/civil-practice-and-remedies-code/title-4/chapter-98b/section-98b-002', DATE '2026-12-06', 'PRIMARY', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-UT', 'Utah Code §§ 78B-6-2701 to -2709', 'Uniform Civil Remedies for Unauthorized Disclosure of Intimate Images Act (SB 310, 2026)', 'CIVIL_REMEDY',
  'Cause of action (-2702) for unauthorized disclosure and threats; § 78B-6-2707 sets a limitation period that was not found. The bill XML shows effect on 2026-05-06.',
  'The greater of damages or statutory damages up to $10,000; gain; punitive damages; fees; injunction (-2705).', DATE '2026-05-06', NULL, 'https://lexace.ai/us/statute/utah/78B-6-2702',
  'https://lexace.ai/us/statute/utah/78B-6-2702' || CHR(10) || 'https://lexace.ai/us/statute/utah/78B-6-2705' || CHR(10) || 'https://le.utah.gov/Session/2026/bills/introduced/SB0310.xml', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-UT', 'Utah Code § 13-72b-202', 'Civil action against an AI generation service distributing a counterfeit intimate image', 'CIVIL_REMEDY',
  'Civil action against a generation service that distributes a counterfeit intimate image without consent (ch. 72b, 2026 GS ch. 352); each distribution is a separate violation.',
  'Injunction, destruction order, actual damages including distress, punitive damages, fees.', NULL, NULL, 'https://lexace.ai/us/statute/utah/13-72b-202',
  'https://lexace.ai/us/statute/utah/13-72b-202', DATE '2026-12-06', 'MIRROR', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-UT', 'Utah Code § 13-72b-302', 'Covered platform removal of counterfeit intimate images', 'PLATFORM_DUTY',
  'From 2027-01-01 a covered platform must remove a reported counterfeit intimate image "within 48 hours after receiving the notice" and make reasonable efforts to remove identical copies.',
  'Removal of the image and identical copies.', DATE '2027-01-01', NULL, 'https://self-law.org/code/ut/title-13/chapter-72b/13-72b-302',
  'https://self-law.org/code/ut/title-13/chapter-72b/13-72b-302', DATE '2026-12-06', 'MIRROR', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-VA', 'Va. Code § 8.01-40.4', 'Action for unlawful creation or dissemination of images of another (§§ 18.2-386.1, 18.2-386.2)', 'CIVIL_REMEDY',
  'Civil action (2017) tied to the offences in §§ 18.2-386.1 and 18.2-386.2.',
  'Compensatory and punitive damages, fees, equitable relief.', NULL, NULL, 'https://www.pendercoward.com/resources/blog-opinions-and-observations/new-tort-law-in-virginia-redressing-the-nonconsensual-creation-and-dissemination-of-private-images',
  'https://www.pendercoward.com/resources/blog-opinions-and-observations/new-tort-law-in-virginia-redressing-the-nonconsensual-creation-and-dissemination-of-private-images', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-VA', 'Va. Code § 8.01-46.2', 'Action for sending an unsolicited intimate image (cyberflashing)', 'CIVIL_REMEDY',
  'Civil action (2022) for an unsolicited intimate image.',
  'Actual damages or $500, fees, injunction.', NULL, NULL, 'https://www.richmondsunlight.com/bill/2022/sb493/fulltext/',
  'https://www.richmondsunlight.com/bill/2022/sb493/fulltext/' || CHR(10) || 'https://lawweekly.org/col/2023/2/15/celebrate-this-valentines-in-small-claims-court', DATE '2026-12-06', 'PRIMARY', NULL, 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-WA', 'RCW ch. 7.110', 'Uniform Civil Remedies for Unauthorized Disclosure of Intimate Images Act (HB 1165, 2023; fabricated images 2024)', 'CIVIL_REMEDY',
  'Cause of action for unauthorized disclosure of intimate images and threats to disclose; fabricated (AI) images added in 2024. Repeals RCW 4.24.795.',
  'The greater of damages or statutory damages up to $10,000; gain; punitive damages up to 3×; fees; injunction.', NULL, NULL, 'https://app.leg.wa.gov/RCW/default.aspx?cite=7.110&full=true',
  'https://app.leg.wa.gov/RCW/default.aspx?cite=7.110&full=true' || CHR(10) || 'http://lawfilesext.leg.wa.gov/biennium/2023-24/Pdf/Bills/House%20Bills/1165-S.pdf', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-WV', 'W. Va. Code § 55-20-1 et seq.', 'Uniform Civil Remedies for Unauthorized Disclosure of Intimate Images Act', 'CIVIL_REMEDY',
  'Cause of action for unauthorized disclosure of intimate images and threats; sealing.',
  'Cause of action, sealing, damages.', NULL, NULL, 'https://courtgpt.ai/laws/west_virginia/chapter-55/article-20/section-55-20-7',
  'https://courtgpt.ai/laws/west_virginia/chapter-55/article-20/section-55-20-7', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-AL', 'Code of Ala. § 13A-6-240', 'Distributing a private image (Class A misdemeanor; repeat Class C felony; covers edited or altered recordings)', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.cagoldberglaw.com/states-with-revenge-porn-laws',
  'https://www.cagoldberglaw.com/states-with-revenge-porn-laws', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-AK', 'Alaska Stat. § 11.61.120', 'Harassment in the second degree', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.cagoldberglaw.com/states-with-revenge-porn-laws',
  'https://www.cagoldberglaw.com/states-with-revenge-porn-laws', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-AZ', 'A.R.S. § 13-1425', 'Unlawful disclosure of images depicting states of nudity or specific sexual activities', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.cagoldberglaw.com/states-with-revenge-porn-laws',
  'https://www.cagoldberglaw.com/states-with-revenge-porn-laws' || CHR(10) || 'https://www.findlaw.com/criminal/criminal-charges/revenge-porn-laws-by-state.html', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-AR', 'Ark. Code § 5-26-314', 'Unlawful distribution of sexual images or recordings', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.cagoldberglaw.com/states-with-revenge-porn-laws',
  'https://www.cagoldberglaw.com/states-with-revenge-porn-laws', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-CA', 'Cal. Penal Code § 647(j)(4)', 'Distribution of intimate images (disorderly conduct)', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.cagoldberglaw.com/states-with-revenge-porn-laws',
  'https://www.cagoldberglaw.com/states-with-revenge-porn-laws', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-CO', 'C.R.S. §§ 18-7-107, 18-7-108', 'Posting a private image for harassment or for pecuniary gain', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.cagoldberglaw.com/states-with-revenge-porn-laws',
  'https://www.cagoldberglaw.com/states-with-revenge-porn-laws', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-CT', 'C.G.S. § 53a-189c', 'Unlawful dissemination of an intimate image', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.cagoldberglaw.com/states-with-revenge-porn-laws',
  'https://www.cagoldberglaw.com/states-with-revenge-porn-laws', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-DE', '11 Del. C. § 1335', 'Violation of privacy', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.cagoldberglaw.com/states-with-revenge-porn-laws',
  'https://www.cagoldberglaw.com/states-with-revenge-porn-laws', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-DC', 'D.C. Code §§ 22-3051 to 22-3057', 'Unlawful publication of sexual images (publication: felony, up to 3 years)', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://code.dccouncil.gov/us/dc/council/code/titles/22/chapters/30A/index.full.html',
  'https://code.dccouncil.gov/us/dc/council/code/titles/22/chapters/30A/index.full.html', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-GA', 'O.C.G.A. § 16-11-90', 'Prohibition on nude or sexually explicit electronic transmissions', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.cagoldberglaw.com/states-with-revenge-porn-laws',
  'https://www.cagoldberglaw.com/states-with-revenge-porn-laws', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-HI', 'HRS § 711-1110.9', 'Violation of privacy in the first degree', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.cagoldberglaw.com/states-with-revenge-porn-laws',
  'https://www.cagoldberglaw.com/states-with-revenge-porn-laws', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-ID', 'Idaho Code § 18-6609', 'Video voyeurism, including dissemination', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'http://codes.findlaw.com/id/title-18-crimes-and-punishments/id-st-sect-18-6609.html',
  'http://codes.findlaw.com/id/title-18-crimes-and-punishments/id-st-sect-18-6609.html', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-IL', '720 ILCS 5/11-23.5', 'Non-consensual dissemination of private sexual images', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://ilga.gov/ftp/ILCS/Ch%200720/Act%200005/072000050K11-23.5.html',
  'https://ilga.gov/ftp/ILCS/Ch%200720/Act%200005/072000050K11-23.5.html', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-MN', 'Minn. Stat. § 617.261', 'Nonconsensual dissemination of private sexual images', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://nocache.womenslaw.org/laws/mn/statutes/617261-nonconsensual-dissemination-private-sexual-images',
  'https://nocache.womenslaw.org/laws/mn/statutes/617261-nonconsensual-dissemination-private-sexual-images', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-MN', 'Minn. Stat. § 617.262', 'Nonconsensual dissemination of deep fake sexual images (eff. 2023-08-01)', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', DATE '2023-08-01', NULL, 'https://www.mncjss.state.mn.us/StatuteSearch/StatuteDetails?StatuteID=18888',
  'https://www.mncjss.state.mn.us/StatuteSearch/StatuteDetails?StatuteID=18888', DATE '2026-12-06', 'PRIMARY', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-NV', 'NRS 200.780', 'Unlawful dissemination of an intimate image (category D felony; also realistic created images)', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://nocache.womenslaw.org/es/leyes/nv/estatutos/200780-unlawful-dissemination-intimate-image-exceptions-penalty',
  'https://nocache.womenslaw.org/es/leyes/nv/estatutos/200780-unlawful-dissemination-intimate-image-exceptions-penalty', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-NJ', 'N.J.S.A. 2C:14-9', 'Invasion of privacy (disclosure of sexual images)', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://www.criminalcivillawyer.com/key-elements-of-the-new-jersey-revenge-porn-statute-2c14-9',
  'https://www.criminalcivillawyer.com/key-elements-of-the-new-jersey-revenge-porn-statute-2c14-9', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-OR', 'ORS 163.472', 'Unlawful dissemination of an intimate image', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://oregon.public.law/statutes/ors_30.833',
  'https://oregon.public.law/statutes/ors_30.833', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-PA', '18 Pa.C.S. § 3131', 'Unlawful dissemination of intimate image', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://law.onecle.com/pennsylvania/title-18/3131.html',
  'https://law.onecle.com/pennsylvania/title-18/3131.html', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-TX', 'Tex. Penal Code § 21.16', 'Unlawful disclosure or promotion of intimate visual material', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://capitol.texas.gov/tlodocs/89R/billtext/html/SB00441F.htm',
  'https://capitol.texas.gov/tlodocs/89R/billtext/html/SB00441F.htm', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-TX', 'Tex. Penal Code § 21.165', 'Unlawful production or distribution of certain sexually explicit media (deep fake; amended by SB 441, 2025)', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://capitol.texas.gov/tlodocs/89R/billtext/html/SB00441F.htm',
  'https://capitol.texas.gov/tlodocs/89R/billtext/html/SB00441F.htm', DATE '2026-12-06', 'PRIMARY', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-UT', 'Utah Code § 76-5b-205', 'Distribution of a counterfeit intimate image (2021)', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://le.utah.gov/~2021/bills/hbillenr/HB0193.htm',
  'https://le.utah.gov/~2021/bills/hbillenr/HB0193.htm', DATE '2026-12-06', 'PRIMARY', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-VA', 'Va. Code § 18.2-386.2', 'Unlawful dissemination or sale of images of another', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://lis.virginia.gov/cgi-bin/legp604.exe?141+ful+HB326',
  'https://lis.virginia.gov/cgi-bin/legp604.exe?141+ful+HB326', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-WA', 'RCW 9A.86.010', 'Disclosing intimate images', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://app.leg.wa.gov/RCW/default.aspx?cite=9A.86&full=true',
  'https://app.leg.wa.gov/RCW/default.aspx?cite=9A.86&full=true', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('US-WA', 'RCW 9A.86.030', 'Disclosing fabricated intimate images', 'CRIMINAL',
  'Criminal offence; penalties as in the cited text.',
  'Prosecution.', NULL, NULL, 'https://app.leg.wa.gov/RCW/default.aspx?cite=9A.86&full=true',
  'https://app.leg.wa.gov/RCW/default.aspx?cite=9A.86&full=true', DATE '2026-12-06', 'PRIMARY', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('GB-EAW', 'Sexual Offences Act 2003 s.66E', 'Creating (or requesting) a purported intimate image of an adult', 'CRIMINAL',
  'Inserted by the Data (Use and Access) Act 2025 s.138; legislation.gov.uk showed s.138 as "Prospective": commencement date not found.',
  'Prosecution (an unlimited fine per Government announcements).', NULL, NULL, 'https://www.legislation.gov.uk/id/ukpga/2025/18/section/138/4',
  'https://www.legislation.gov.uk/id/ukpga/2025/18/section/138/4' || CHR(10) || 'https://www.accountabilityindex.uk/committees/25/recommendation/6370/', DATE '2026-12-06', 'PRIMARY', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('GB-EAW', 'Crime and Policing Act 2026 (SOA 2003 ss.66AB, 66AE; s.99)', 'Taking or recording an intimate image, screenshotting, supplying nudification tools', 'CRIMINAL',
  'Royal Assent 2026-04-29; "will take effect … on 29 June 2026". New s.66AB taking/recording an intimate image (summary: 6 months'' imprisonment; indictment: 2 years), s.66AE screenshotting, s.99 supplying nudification tools.',
  'Prosecution.', DATE '2026-06-29', NULL, 'https://www.kingsleynapley.co.uk/insights/blogs/criminal-law-blog/deepfakes-to-deletion-orders-tackling-technology-enabled-sexual-offending-in-the-crime-and-policing-act-2026',
  'https://www.kingsleynapley.co.uk/insights/blogs/criminal-law-blog/deepfakes-to-deletion-orders-tackling-technology-enabled-sexual-offending-in-the-crime-and-policing-act-2026' || CHR(10) || 'https://www.lawtonslaw.co.uk/resources/crime-and-policing-act-2026-new-offences-introduced/', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('GB', 'Online Safety Act 2023 s.10(3A)', 'Taking down intimate image content (inserted by the Crime and Policing Act 2026)', 'PLATFORM_DUTY',
  'User-to-user services must remove content subject to an "intimate image content report" (and the same or substantially the same content) "as soon as reasonably practicable and no later than 48 hours after the report is received". Commencement of the duty not found.',
  'Fines up to 10% of qualifying worldwide revenue, or blocking (press).', NULL, NULL, 'https://www.gov.uk/government/publications/crime-and-policing-bill-2025-delegated-powers-supplementary-memoranda/delegated-powers-memorandum-20-march-2026',
  'https://www.gov.uk/government/publications/crime-and-policing-bill-2025-delegated-powers-supplementary-memoranda/delegated-powers-memorandum-20-march-2026' || CHR(10) || 'https://www.finanznachrichten.de/nachrichten-2026-02/67740951-tech-firms-in-uk-required-to-delete-abusive-images-within-48-hours-under-new-law-020.htm', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('GB', 'Ofcom Illegal Content Codes of Practice (intimate image abuse amendments)', 'Hash-matching recommended for high-risk services', 'ADMINISTRATIVE',
  'Amendments laid June 2026 recommend hash-matching (e.g. StopNCII) for high-risk services; Ofcom "expect[s] the intimate image abuse amendments … to come into force in Autumn 2026".',
  'Regulator code of practice.', NULL, NULL, 'https://www.gov.uk/government/publications/online-safety-act-draft-amendments-to-the-illegal-content-codes-of-practice/draft-amendments-to-illegal-content-codes-of-practice-for-user-to-user-services',
  'https://www.gov.uk/government/publications/online-safety-act-draft-amendments-to-the-illegal-content-codes-of-practice/draft-amendments-to-illegal-content-codes-of-practice-for-user-to-user-services' || CHR(10) || 'https://www.wired-gov.net/wg/news.nsf/articles/Platforms+should+use+detection+technology+to+stop+spread+of+illegal+intimate+images+online+under+strengthened+Ofcom+Codes+19052026130500', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('GB-SCT', 'Abusive Behaviour and Sexual Harm (Scotland) Act 2016 s.2', 'Disclosing or threatening to disclose an intimate photograph or film', 'CRIMINAL',
  'Offence of disclosing or threatening to disclose an intimate photograph or film; covers images that "appear to show".',
  'Prosecution; maximum "up to five years imprisonment".', NULL, NULL, 'http://www.legislation.gov.uk/asp/2016/22/part/1/crossheading/disclosure-of-an-intimate-photograph-or-film/enacted?view=plain',
  'http://www.legislation.gov.uk/asp/2016/22/part/1/crossheading/disclosure-of-an-intimate-photograph-or-film/enacted?view=plain' || CHR(10) || 'https://www.togetherscotland.org.uk/news-and-events/news/2017/07/new-law-makes-it-easier-to-prosecute-those-who-share-intimate-images-without-consent/', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('IE', 'Harassment, Harmful Communications and Related Offences Act 2020', 'Coco''s Law: distributing, publishing or threatening to distribute intimate images', 'CRIMINAL',
  'Distribution, publication or threat with intent to harm; a second offence without the intent requirement; victim anonymity. "Brought into force by order of the Minister for Justice on 9 February 2021".',
  'Prosecution: unlimited fine and/or 7 years (with intent); €5,000 and/or 12 months (without); anonymity.', DATE '2021-02-09', NULL, 'https://www.drcc.ie/news-resources/new-resource-overview-of-harassment-harmful-communications-r/',
  'https://www.drcc.ie/news-resources/new-resource-overview-of-harassment-harmful-communications-r/' || CHR(10) || 'https://en.wikipedia.org/wiki/Harassment,_Harmful_Communications_and_Related_Offences_Act_2020', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('EU', 'Directive (EU) 2024/1385, Art. 23', 'Measures to remove certain online material', 'PLATFORM_DUTY',
  'Member states provide for "swift" removal or disabling of Art. 5(1)(a)-(b), 7 and 8 material, with binding removal orders to hosting providers meeting DSA Art. 9(2) conditions; orders revoked if the criminal case ends without a finding. No hours fixed.',
  'Removal orders under national law once transposed (by 2027-06-14).', DATE '2024-06-13', NULL, 'https://iberley.es/legislacion/articulo-23-lucha-contra-violencia-contra-mujeres-violencia-domestica',
  'https://iberley.es/legislacion/articulo-23-lucha-contra-violencia-contra-mujeres-violencia-domestica' || CHR(10) || 'https://sip.lex.pl/akty-prawne/dzienniki-UE/dyrektywa-2024-1385-w-sprawie-zwalczania-przemocy-wobec-kobiet-i-72311331/art-23', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('DE', 'StGB § 201a', 'Verletzung des höchstpersönlichen Lebensbereichs und von Persönlichkeitsrechten durch Bildaufnahmen', 'CRIMINAL',
  'Violation of intimate privacy by taking or sharing images. netzpolitik (2024): non-consensual sharing of intimate images is not expressly in the StGB; victims also use copyright and the KUG.',
  '"Freiheitsstrafe bis zu zwei Jahren oder … Geldstrafe".', NULL, NULL, 'https://lexetius.com/StGB/201a/verletzung-des-hochstpersonlichen-lebensbereichs-und-von-personlichkeitsrechten',
  'https://lexetius.com/StGB/201a/verletzung-des-hochstpersonlichen-lebensbereichs-und-von-personlichkeitsrechten' || CHR(10) || 'https://netzpolitik.org/2024/richtlinie-zur-gewalt-gegen-frauen-wann-sind-nacktbilder-ohne-einverstaendnis-schaedlich', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('DE', 'NetzDG § 3(2)', 'Netzwerkdurchsetzungsgesetz: removal of unlawful content (historic)', 'PLATFORM_DUTY',
  'Social networks had to remove "offensichtlich rechtswidrige Inhalte" within 24 hours of a complaint, other unlawful content in principle within a week. Its status after the DSA was not found.',
  'Fines (historic regime).', NULL, NULL, 'https://www.lto.de/recht/hintergruende/h/netzdg-kritik-debatte-soziale-netzwerke-loeschpflicht-bussgeld-overblocking-fragen-antworten/2/',
  'https://www.lto.de/recht/hintergruende/h/netzdg-kritik-debatte-soziale-netzwerke-loeschpflicht-bussgeld-overblocking-fragen-antworten/2/', DATE '2026-12-06', 'SECONDARY', NULL, 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('FR', 'Code pénal art. 226-2-1', 'Diffusion sans consentement d''images à caractère sexuel (loi 2016-1321)', 'CRIMINAL',
  'Diffusion without consent of sexual images, even if obtained with consent.',
  '"deux ans d''emprisonnement et … 60 000 € d''amende".', NULL, NULL, 'https://code-penal.fr/article-226-2-1-a33207318.html',
  'https://code-penal.fr/article-226-2-1-a33207318.html', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('FR', 'Code pénal art. 226-8-1', 'Montage à caractère sexuel (deepfake; loi SREN)', 'CRIMINAL',
  'Sexual montage or algorithmically generated sexual content of a person without consent (version in force since 2024-05-23). The enacted online aggravation figure was not found.',
  '"deux ans d''emprisonnement et de 60 000 euros d''amende".', DATE '2024-05-23', NULL, 'https://app.livv.eu/books/LEGITEXT000006070719/LEGISCTA000006089684%2FLEGISCTA000006117597%2FLEGISCTA000006136041%2FLEGISCTA000006149831%2FLEGISCTA000006165310/LEGIARTI000049567458',
  'https://app.livv.eu/books/LEGITEXT000006070719/LEGISCTA000006089684%2FLEGISCTA000006117597%2FLEGISCTA000006136041%2FLEGISCTA000006149831%2FLEGISCTA000006165310/LEGIARTI000049567458', DATE '2026-12-06', 'MIRROR', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('ES', 'Código Penal art. 197.7', 'Difusión de imágenes íntimas sin autorización (LO 1/2015; LO 10/2022)', 'CRIMINAL',
  'Dissemination of intimate images obtained with consent; second paragraph (LO 10/2022) covers onward sharing by third parties; aggravated for (ex-)partners.',
  '"prisión de tres meses a un año o multa de seis a doce meses".', NULL, NULL, 'https://pantallasamigas.net/supremo-delito-difundir-imagenes-afecten-intimidad-victima/?amp=1',
  'https://pantallasamigas.net/supremo-delito-difundir-imagenes-afecten-intimidad-victima/?amp=1' || CHR(10) || 'https://vlex.es/vid/apuntes-delito-revelacion-secretos-917927198', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('IT', 'Codice penale art. 612-ter', 'Diffusione illecita di immagini o video sessualmente espliciti (L. 69/2019, Codice Rosso)', 'CRIMINAL',
  'Unlawful dissemination of sexually explicit images or videos; aggravated if (ex-)partner or via IT means. Prosecuted on the victim''s complaint (querela), ex officio in some cases.',
  '"reclusione da uno a sei anni e … multa da euro 5.000 a euro 15.000".', DATE '2019-08-09', NULL, 'https://www.progettohatespeech.unito.it/area-giuridica/revenge-porn/',
  'https://www.progettohatespeech.unito.it/area-giuridica/revenge-porn/' || CHR(10) || 'https://ius-giuffrefl-it.bibliopass.unito.it/dettaglio/8134955/DLT_____20221010000000000000150A0852S03', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('IT', 'Codice privacy (d.lgs. 196/2003) art. 144-bis', 'Revenge porn: report to the Garante (DL 139/2021, L. 205/2021)', 'ADMINISTRATIVE',
  'Anyone (including minors over 14) who fears distribution may report to the Garante, who orders platforms to block the material (hash-based); platforms keep it 12 months for evidence.',
  'Blocking order by the Garante.', NULL, NULL, 'https://www.brocardi.it/codice-della-privacy/parte-iii/titolo-i/capo-i/art144bis.html',
  'https://www.brocardi.it/codice-della-privacy/parte-iii/titolo-i/capo-i/art144bis.html' || CHR(10) || 'https://www.avvcantore.it/revenge-porn-e-protezione-dei-dati-personali-quali-sono-le-tutele-offerte-dal-garante/', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('IT', 'Codice penale art. 612-quater', 'Illecita diffusione di contenuti generati o alterati con sistemi di IA (L. 132/2025)', 'CRIMINAL',
  'AI deepfakes (not only sexual), on querela; in force 2025-10-10. The querela period was not found.',
  '"reclusione da uno a cinque anni".', DATE '2025-10-10', NULL, 'https://www.bdclegal.it/it/news/intelligenza-artificiale-la-nuova-fattispecie-di-reato-introdotta-nellordinamento-italiano-art-612-quater-c-p-avv-giulio-corsini',
  'https://www.bdclegal.it/it/news/intelligenza-artificiale-la-nuova-fattispecie-di-reato-introdotta-nellordinamento-italiano-art-612-quater-c-p-avv-giulio-corsini' || CHR(10) || 'https://www.tp24.it/2025/10/07/innovazione/dal-10-ottobre-e-reato-la-legge-132-2025-contro-i-deepfake-e-l-uso-illecito-dell-ia/224320', DATE '2026-12-06', 'SECONDARY', 'SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('BR', 'Código Penal art. 218-C (Lei 13.718/2018)', 'Divulgação de cena de estupro, de sexo ou de nudez', 'CRIMINAL',
  'Dissemination of scenes of sex or nudity without consent; "ação penal é pública incondicionada".',
  '"reclusão de 1 a 5 anos"; increased by 1/3 to 2/3 if intimate relationship or revenge/humiliation.', NULL, NULL, 'https://advogadocrimessexuais.adv.br/?p=511',
  'https://advogadocrimessexuais.adv.br/?p=511' || CHR(10) || 'https://www.migalhas.com.br/Quentes/17,MI288060,11049-Importunacao+sexual+e+divulgacao+de+video+de+sexo+ou+nudez+tornamse', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('BR', 'Marco Civil da Internet (Lei 12.965/2014) art. 21', 'Provider liability after notice of private nudity or sex content', 'PLATFORM_DUTY',
  'The provider is subsidiarily liable if, after notice by the participant, it fails to remove private nudity or sex content "de forma diligente" (no court order needed). No fixed hours.',
  'Subsidiary liability of the provider.', NULL, NULL, 'https://www.emerj.tjrj.jus.br/revistaemerj_online/edicoes/revista78/versaodigital/arquivos/assets/basic-html/page-115.html',
  'https://www.emerj.tjrj.jus.br/revistaemerj_online/edicoes/revista78/versaodigital/arquivos/assets/basic-html/page-115.html', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('CA-MB', 'Intimate Image Protection Act, C.C.S.M. c. I87', 'Intimate Image Protection Act (to be renamed Non-Consensual Distribution of Intimate Images Act by Bill 24, 2024)', 'CIVIL_REMEDY',
  'Tort of non-consensual distribution (in force 2016-01-18); reverse onus added S.M. 2023 c.23; Bill 24 (2024) adds "fake intimate image". Support from the Canadian Centre for Child Protection.',
  'Damages (general, special, aggravated, punitive), profits, injunction; C3P removal help.', DATE '2016-01-18', NULL, 'https://news.gov.mb.ca/news/print,index.html?item=37330',
  'https://news.gov.mb.ca/news/print,index.html?item=37330' || CHR(10) || 'https://web2.gov.mb.ca/laws/statutes/2023/c02323.php?lang=en' || CHR(10) || 'https://web2.gov.mb.ca/bills/43-1/b024e.php', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('CA-AB', 'Protecting Victims of Non-Consensual Distribution of Intimate Images Act, SA 2017 c P-26.9', 'Protecting Victims of Non-Consensual Distribution of Intimate Images Act', 'CIVIL_REMEDY',
  'Tort of non-consensual distribution of intimate images (in force August 2017).',
  'Damages without proof of damage, profits, injunction, publication ban.', NULL, NULL, 'https://www.mondaq.com/canada/privacy-protection/595570/bill-202-new-alberta-tort-for-non-consensual-distribution-of-intimate-images?type=mondaqai&score=78',
  'https://www.mondaq.com/canada/privacy-protection/595570/bill-202-new-alberta-tort-for-non-consensual-distribution-of-intimate-images?type=mondaqai&score=78', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('CA-SK', 'The Privacy Act (Saskatchewan), intimate image amendments', 'The Privacy Act (2018 amendments; Privacy (Intimate Images – Additional Remedies) Amendment Act, 2021)', 'CIVIL_REMEDY',
  'Presumption of non-consent (in force 2018-09-15); 2021: digitally altered images, threats, orders to intermediaries to remove or de-index.',
  'Provincial Court cap $30,000; removal and de-indexing orders.', DATE '2018-09-15', NULL, 'https://owzw.com/saskatchewans-new-revenge-porn-law/',
  'https://owzw.com/saskatchewans-new-revenge-porn-law/' || CHR(10) || 'https://www.saskatchewan.ca/government/news-and-media/2021/november/15/province-introduces-new-measures-to-address-non-consensual-sharing-of-intimate-images', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('CA-NS', 'Intimate Images and Cyber-protection Act', 'Intimate Images and Cyber-protection Act (passed 2017-10-26)', 'CIVIL_REMEDY',
  'Civil remedies for non-consensual sharing of intimate images and cyber-bullying.',
  'Civil remedies.', NULL, NULL, 'https://liamoreilly.ca/2018/01/03/nova-scotia-takes-another-swing-at-curbing-modern-day-bullying-intimate-images-and-cyber-protection-act/',
  'https://liamoreilly.ca/2018/01/03/nova-scotia-takes-another-swing-at-curbing-modern-day-bullying-intimate-images-and-cyber-protection-act/', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('CA-NL', 'Intimate Images Protection Act, SNL2018 c I-22', 'Intimate Images Protection Act (assented 2018-11-15)', 'CIVIL_REMEDY',
  'Action in the Supreme Court for distribution of an intimate image without consent.',
  'Action in the Supreme Court.', NULL, NULL, 'https://www.assembly.nl.ca/Legislation/sr/statutes/i22.htm',
  'https://www.assembly.nl.ca/Legislation/sr/statutes/i22.htm', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('CA-NB', 'Intimate Images Unlawful Distribution Act', 'Intimate Images Unlawful Distribution Act (royal assent 2022-04-01)', 'CIVIL_REMEDY',
  'Tort of distribution or threat to distribute, and an expedited application (s.5) for removal orders.',
  'Damages without proof of damage; fast-track removal orders.', NULL, NULL, 'https://stewartmckelvey.com/thought-leadership/new-brunswicks-new-intimate-images-unlawful-distribution-act/page/3',
  'https://stewartmckelvey.com/thought-leadership/new-brunswicks-new-intimate-images-unlawful-distribution-act/page/3', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('IN', 'IT (Intermediary Guidelines and Digital Media Ethics Code) Rules 2021, r.3(2)(b)', 'Intermediary removal on the individual''s complaint', 'PLATFORM_DUTY',
  'An intermediary must remove content exposing a private area, nudity or a sexual act, or impersonation including "artificially morphed images", on the individual''s complaint.',
  'Removal by the intermediary.', NULL, NULL, 'https://itlaw.in/rule-3-2-grievance-redressal-mechanism-of-intermediary',
  'https://itlaw.in/rule-3-2-grievance-redressal-mechanism-of-intermediary' || CHR(10) || 'https://www.thehindu.com/news/national/department-of-telecom-blocks-67-pornographic-websites/article65952094.ece/amp/', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('IN', 'IT (Intermediary Guidelines) Amendment Rules 2026', 'Synthetic media labelling and faster takedown', 'PLATFORM_DUTY',
  'Notified 2026-02-10, in force 2026-02-20: synthetic-media labelling; takedown on court or government order "within 3 hours"; "non-consensual nudity and deepfakes, must be taken down within 2 hours of reporting" (secondary; exact rule text not found).',
  'Takedown by the intermediary.', DATE '2026-02-20', NULL, 'https://www.drishtiias.com/daily-updates/daily-news-analysis/information-technology-amendment-rules-2026/print_manually',
  'https://www.drishtiias.com/daily-updates/daily-news-analysis/information-technology-amendment-rules-2026/print_manually' || CHR(10) || 'https://www.mondaq.com/india/social-media/1751632/meity-notifies-it-intermediary-guidelines-and-digital-media-ethics-code-amendment-rules-2026', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('IN', 'Information Technology Act 2000 s.66E', 'Punishment for violation of privacy', 'CRIMINAL',
  'Capturing, publishing or transmitting the image of a private area without consent.',
  '"imprisonment which may extend to three years or with fine not exceeding two lakh rupees, or with both".', NULL, NULL, 'https://kanoongpt.in/bare-acts/the-information-technology-act-2000/section-66e',
  'https://kanoongpt.in/bare-acts/the-information-technology-act-2000/section-66e', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('KR', 'Act on Special Cases Concerning the Punishment of Sexual Crimes (amended 2024)', 'Sexual crimes including sexual deepfakes', 'CRIMINAL',
  'Producing or distributing sexual deepfakes; possessing, purchasing or viewing them; threats using deepfakes; a state deletion duty via the Sexual Violence Prevention Act amendment. Article numbers not found.',
  'Producing/distributing up to 7 years or ₩50M; possessing/purchasing/viewing up to 3 years or ₩30M; at least 1 year for threats using deepfakes.', NULL, NULL, 'https://v.daum.net/v/5vyrxrDxMR',
  'https://v.daum.net/v/5vyrxrDxMR' || CHR(10) || 'https://world.kbs.co.kr/service/news_view.htm?Seq_Code=101636&lang=g', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('JP', 'Act on Prevention of Damage by Provision of Private Sexual Image Records (2014)', 'Private sexual image records (revenge porn) act', 'CRIMINAL',
  'Publication and provision for publication of private sexual images (in force 2014-11-27); the victim''s complaint (告訴) is required; does not cover deepfakes (per nope.net); special provider deletion procedure.',
  'Publication: up to 3 years or ¥500,000; provision for publication: up to 1 year or ¥300,000.', DATE '2014-11-27', NULL, 'https://imidas.jp/topic/detail/F-00-107-14-12-G221.html',
  'https://imidas.jp/topic/detail/F-00-107-14-12-G221.html' || CHR(10) || 'https://www.police.pref.nagasaki.jp/police/kurashi/jinshinanzen/sijigazou/' || CHR(10) || 'https://nope.net/regs/jp-revenge-porn-2014', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('NZ', 'Harmful Digital Communications Act 2015 ss.22A, 22B', 'Posting an intimate visual recording without consent', 'CRIMINAL',
  'Offence of posting an intimate visual recording without consent (s.22A, inserted 2022) and civil orders in proceedings (s.22B); Netsafe complaints; court orders.',
  'Prosecution (bill: maximum 3 years); court orders.', NULL, NULL, 'https://legislation.govt.nz/act/public/2022/0003/latest/whole.html',
  'https://legislation.govt.nz/act/public/2022/0003/latest/whole.html' || CHR(10) || 'https://www.legislation.govt.nz/bill/member/2020/0305/latest/whole.html', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('NZ', 'Harmful Digital Communications Act 2015 s.24', 'Online content host safe harbour: complaint procedure', 'PLATFORM_DUTY',
  'The host must forward a complaint to the author; the author may counter-notify; the host removes the content if the author consents, cannot be contacted or does not respond.',
  'Removal by the host.', NULL, NULL, 'http://www.legislation.govt.nz/act/public/2015/0063/latest/DLM6512505.html',
  'http://www.legislation.govt.nz/act/public/2015/0063/latest/DLM6512505.html', DATE '2026-12-06', 'PRIMARY', NULL, 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('AU', 'Criminal Code (Cth) ss.474.17A, 474.17AA', 'Transmitting sexual material without consent (Criminal Code Amendment (Deepfake Sexual Material) Act 2024)', 'CRIMINAL',
  'Transmitting sexual material without consent, real or AI-created (commenced 2024-09-03); s.474.17AA aggravated.',
  '"Imprisonment for 6 years" (aggravated 7).', DATE '2024-09-03', NULL, 'https://www.legislation.gov.au/C2024A00078/asmade/2024-09-02/text/original/epub/OEBPS/document_1/document_1.html',
  'https://www.legislation.gov.au/C2024A00078/asmade/2024-09-02/text/original/epub/OEBPS/document_1/document_1.html' || CHR(10) || 'https://ato.gov.au/law/view/document?DocID=PAC%2F19950012%2FSch-474.17A&PiT=99991231235958', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('AU-NSW', 'Crimes Act 1900 (NSW) ss.91P, 91Q, 91R', 'Recording, distributing or threatening to distribute intimate images', 'CRIMINAL',
  'Record (s.91P), distribute (s.91Q) or threaten (s.91R) intimate images; the court may order removal or deletion "within a period specified by the court" (s.91S).',
  '"100 penalty units or imprisonment for 3 years, or both"; removal orders (s.91S).', NULL, NULL, 'https://www.legislation.nsw.gov.au/~/view/act/1900/40/part3/div15c/sec91q',
  'https://www.legislation.nsw.gov.au/~/view/act/1900/40/part3/div15c/sec91q' || CHR(10) || 'https://www.armstronglegal.com.au/criminal-law/offences/sexual/distribute-intimate-images-without-consent', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('AU-VIC', 'Crimes Act 1958 (Vic) s.53S', 'Distributing an intimate image', 'CRIMINAL',
  'Offence of distributing an intimate image.',
  '"liable to 3 years imprisonment".', NULL, NULL, 'http://beta.worldlii.org/au/legis/vic/consol_act/ca195882/s53s.html',
  'http://beta.worldlii.org/au/legis/vic/consol_act/ca195882/s53s.html', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('AU-QLD', 'Criminal Code (Qld) s.223', 'Distributing intimate images (since February 2019)', 'CRIMINAL',
  'Offence of distributing intimate images without consent.',
  'Prosecution.', NULL, NULL, 'https://www.legislation.qld.gov.au/view/whole/html/bill.first/bill-2018-050',
  'https://www.legislation.qld.gov.au/view/whole/html/bill.first/bill-2018-050' || CHR(10) || 'https://www.criminal-lawyers-brisbane.com.au/distributing-intimate-images-qld', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('AU-WA', 'Criminal Law Amendment (Intimate Images) Act 2019 (WA)', 'Intimate image offences inserted after Criminal Code s.221B', 'CRIMINAL',
  'Inserts intimate image offences into the Criminal Code after s.221B.',
  'Prosecution.', NULL, NULL, 'https://casechat.au/cases/au/criminal-law-amendment-intimate-images-act-2019-wa',
  'https://casechat.au/cases/au/criminal-law-amendment-intimate-images-act-2019-wa', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('AU-SA', 'Summary Offences Act 1953 (SA) s.26C', 'Distribution of an invasive image', 'CRIMINAL',
  'Offence of distributing an invasive image.',
  '"$10,000 or imprisonment for 2 years" (adult); $20,000 / 4 years if the person is under 17.', NULL, NULL, 'https://lsc.sa.gov.au/handbook/ch12s09s03s02.php',
  'https://lsc.sa.gov.au/handbook/ch12s09s03s02.php', DATE '2026-12-06', 'PRIMARY', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('AU-ACT', 'Crimes Act 1900 (ACT) s.72E', 'Threatening to capture or distribute intimate images', 'CRIMINAL',
  'Offence of threatening to capture or distribute intimate images.',
  '"300 penalty units, imprisonment for 3 years or both" (aggravated 400 / 4 years).', NULL, NULL, 'http://beta.worldlii.org/au/legis/act/consol_act/ca190082/s72e.html',
  'http://beta.worldlii.org/au/legis/act/consol_act/ca190082/s72e.html', DATE '2026-12-06', 'MIRROR', 'THREATS_TO_SHARE', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('AU-NT', 'Criminal Code (NT) s.208AB (2017 Bill)', 'Distribution of intimate images without consent (as proposed)', 'CRIMINAL',
  'Offence as proposed in the 2017 Bill; its enactment was not found, so no part of it is confirmed.',
  'Prosecution (if enacted).', NULL, NULL, 'https://territorystories.nt.gov.au/10070/396375/0/17',
  'https://territorystories.nt.gov.au/10070/396375/0/17', DATE '2026-12-06', 'UNCONFIRMED', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('PH', 'Republic Act No. 9995', 'Anti-Photo and Video Voyeurism Act of 2009', 'CRIMINAL',
  'Distribution is an offence even if the recording was consensual (signed 2010-02-05 per Respicio).',
  '"Imprisonment of 3 to 7 years, a fine of ₱100,000 to ₱500,000, or both".', NULL, NULL, 'https://de.scribd.com/document/339988483/RA-9995-Anti-Photo-and-Video-Voyeurism-Act-of-2009',
  'https://de.scribd.com/document/339988483/RA-9995-Anti-Photo-and-Video-Voyeurism-Act-of-2009' || CHR(10) || 'https://jur.ph/law/facts/anti-photo-and-video-voyeurism-act-of-2009', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('ZA', 'Cybercrimes Act 19 of 2020 s.16 (and s.20)', 'Disclosure of a data message of an intimate image', 'CRIMINAL',
  'Disclosure of a data message of an intimate image, "real or simulated"; s.20 protection orders ex parte pending prosecution. s.16 "came into effect on 1 December 2021".',
  'Prosecution; protection order (s.20).', DATE '2021-12-01', NULL, 'https://www.golegal.co.za/?p=50430',
  'https://www.golegal.co.za/?p=50430' || CHR(10) || 'https://www.sdlaw.co.za/blog/cybercrimes-act-2020-data-messages/', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES SEXUAL_DEEPFAKES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('ZA', 'Films and Publications Act 1996 s.18F', 'Prohibition against distribution of private sexual photographs and films', 'CRIMINAL',
  'Prohibits exposing a private sexual photograph or film without consent with intent to harm (inserted by Proc 52, GG 45959, 2022-02-25); the ISP must identify the publisher to the Board or SAPS.',
  'Prosecution.', DATE '2022-02-25', NULL, 'https://source.acts.co.za/films-and-publications-act-1996/18f__prohibition_against_distr.php',
  'https://source.acts.co.za/films-and-publications-act-1996/18f__prohibition_against_distr.php', DATE '2026-12-06', 'MIRROR', 'INTIMATE_IMAGES', 0);
INSERT INTO statute (jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, effective_until, source_url, source_urls, last_reviewed, source_grade, flags, version) VALUES
 ('CI', 'Code pénal arts. 450-4, 450-5 (Loi n° 2019-574)', 'Diffusion d''un enregistrement à caractère sexuel sans accord', 'CRIMINAL',
  'Distributing a sexual recording without the consent of the person concerned, even if the recording was consensual.',
  '"Emprisonnement de deux à cinq ans et une amende de 3.000.000 à 6.000.000 de francs", doubled if (ex-)partner or minor victim.', NULL, NULL, 'https://loidici.biz/2023/02/17/25-diffuser-un-enregistrement-ou-document-a-caractere-sexuel-sans-laccord-de-la-personne-concernee-qui-a-pourtant-donne-son-consentement-pour-sa-realisation/application-loidici/domaine-penal/37418/naty/',
  'https://loidici.biz/2023/02/17/25-diffuser-un-enregistrement-ou-document-a-caractere-sexuel-sans-laccord-de-la-personne-concernee-qui-a-pourtant-donne-son-consentement-pour-sa-realisation/application-loidici/domaine-penal/37418/naty/', DATE '2026-12-06', 'SECONDARY', 'INTIMATE_IMAGES', 0);

-- Deadline rules: limitation periods, complaint deadlines, platform and regulator clocks.
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'RCW ch. 7.110' AND jurisdiction_code = 'US-WA'), 'Limitation period: 4 years from discovery of the disclosure (RCW 7.110.060; from majority for a minor)', 'HIGH', TRUE, 'DISCOVERY', 4, 'YEARS', TRUE, 'MIRROR',
  'https://app.leg.wa.gov/RCW/default.aspx?cite=7.110&full=true' || CHR(10) || 'http://lawfilesext.leg.wa.gov/biennium/2023-24/Pdf/Bills/House%20Bills/1165-S.pdf', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'RCW ch. 7.110' AND jurisdiction_code = 'US-WA'), 'Limitation period: 4 years from the threat (RCW 7.110.060; from majority for a minor)', 'HIGH', TRUE, 'THREAT', 4, 'YEARS', TRUE, 'MIRROR',
  'https://app.leg.wa.gov/RCW/default.aspx?cite=7.110&full=true' || CHR(10) || 'http://lawfilesext.leg.wa.gov/biennium/2023-24/Pdf/Bills/House%20Bills/1165-S.pdf', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'W. Va. Code § 55-20-1 et seq.' AND jurisdiction_code = 'US-WV'), 'Limitation period: 4 years from discovery of the disclosure (§ 55-20-7; tolled to majority)', 'HIGH', TRUE, 'DISCOVERY', 4, 'YEARS', TRUE, 'MIRROR',
  'https://courtgpt.ai/laws/west_virginia/chapter-55/article-20/section-55-20-7', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'W. Va. Code § 55-20-1 et seq.' AND jurisdiction_code = 'US-WV'), 'Limitation period: 4 years from the threat (§ 55-20-7; tolled to majority)', 'HIGH', TRUE, 'THREAT', 4, 'YEARS', TRUE, 'MIRROR',
  'https://courtgpt.ai/laws/west_virginia/chapter-55/article-20/section-55-20-7', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Utah Code § 13-72b-202' AND jurisdiction_code = 'US-UT'), '3 years from discovery of the violation', 'HIGH', FALSE, 'DISCOVERY', 3, 'YEARS', FALSE, 'MIRROR',
  'https://lexace.ai/us/statute/utah/13-72b-202', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Utah Code § 13-72b-202' AND jurisdiction_code = 'US-UT'), '10 years from the violation (the incident date)', 'HIGH', FALSE, 'INCIDENT', 10, 'YEARS', FALSE, 'MIRROR',
  'https://lexace.ai/us/statute/utah/13-72b-202', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'ORS 30.865' AND jurisdiction_code = 'US-OR'), 'Limitation period: 2 years after the conduct (the incident date)', 'HIGH', TRUE, 'INCIDENT', 2, 'YEARS', FALSE, 'MIRROR',
  'https://law.onecle.com/oregon/30-actions-and-suits-in-particular/30.865.html', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Va. Code § 8.01-40.4' AND jurisdiction_code = 'US-VA'), '2 years from the last violation (the incident date), or from age 18', 'HIGH', FALSE, 'INCIDENT', 2, 'YEARS', TRUE, 'SECONDARY',
  'https://www.pendercoward.com/resources/blog-opinions-and-observations/new-tort-law-in-virginia-redressing-the-nonconsensual-creation-and-dissemination-of-private-images', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Va. Code § 8.01-40.4' AND jurisdiction_code = 'US-VA'), '2 years from discovery, or from age 18', 'HIGH', FALSE, 'DISCOVERY', 2, 'YEARS', TRUE, 'SECONDARY',
  'https://www.pendercoward.com/resources/blog-opinions-and-observations/new-tort-law-in-virginia-redressing-the-nonconsensual-creation-and-dissemination-of-private-images', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Va. Code § 8.01-46.2' AND jurisdiction_code = 'US-VA'), 'Limitation period: Virginia''s general 2 years (per a summary, which states no trigger: count from the date you choose)', 'HIGH', TRUE, 'MANUAL', 2, 'YEARS', FALSE, 'SECONDARY',
  'https://lawweekly.org/col/2023/2/15/celebrate-this-valentines-in-small-claims-court', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = '740 ILCS 190/30' AND jurisdiction_code = 'US-IL'), 'Limitation period after a threat under 740 ILCS 190', 'HIGH', TRUE, 'THREAT', 2, 'YEARS', TRUE, 'PRIMARY',
  'https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=3954', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'IC 34-21.5' AND jurisdiction_code = 'US-IN'), 'Limitation period (IC 34-21.5-3-3; period not found)', 'HIGH', TRUE, NULL, NULL, NULL, FALSE, 'UNCONFIRMED',
  NULL, DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Minn. Stat. § 604.31' AND jurisdiction_code = 'US-MN'), 'Limitation period (§ 604.31; period not found)', 'HIGH', TRUE, NULL, NULL, NULL, FALSE, 'UNCONFIRMED',
  NULL, DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Utah Code §§ 78B-6-2701 to -2709' AND jurisdiction_code = 'US-UT'), 'Limitation period (§ 78B-6-2707; period not found)', 'HIGH', TRUE, NULL, NULL, NULL, FALSE, 'UNCONFIRMED',
  NULL, DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Cal. Civ. Code § 1708.86' AND jurisdiction_code = 'US-CA'), 'Limitation period ("within a specified time"; period not found)', 'HIGH', TRUE, NULL, NULL, NULL, FALSE, 'UNCONFIRMED',
  NULL, DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Utah Code § 13-72b-302' AND jurisdiction_code = 'US-UT'), 'Platform must remove the counterfeit intimate image (Utah § 13-72b-302)', 'CRITICAL', TRUE, 'REMOVAL_REQUEST_SENT', 48, 'HOURS', FALSE, 'MIRROR',
  'https://self-law.org/code/ut/title-13/chapter-72b/13-72b-302', DATE '2026-12-06', DATE '2027-01-01', 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Cal. Civ. Code § 1708.86' AND jurisdiction_code = 'US-CA'), 'Service provider presumed in violation 30 days after sufficient evidence (AB 621; count from the chosen date the evidence was received)', 'HIGH', TRUE, 'MANUAL', 30, 'CALENDAR_DAYS', FALSE, 'SECONDARY',
  'https://www.regulon.ai/bills/CA-AB-621/', DATE '2026-12-06', DATE '2026-01-01', 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Online Safety Act 2023 s.10(3A)' AND jurisdiction_code = 'GB'), 'Service must take down intimate image content (48 hours; commencement not found)', 'CRITICAL', TRUE, 'REMOVAL_REQUEST_SENT', 48, 'HOURS', FALSE, 'UNCONFIRMED',
  'https://www.gov.uk/government/publications/crime-and-policing-bill-2025-delegated-powers-supplementary-memoranda/delegated-powers-memorandum-20-march-2026', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'IT (Intermediary Guidelines and Digital Media Ethics Code) Rules 2021, r.3(2)(b)' AND jurisdiction_code = 'IN'), 'Intermediary must remove the content (24 hours after the complaint)', 'CRITICAL', TRUE, 'REMOVAL_REQUEST_SENT', 24, 'HOURS', FALSE, 'MIRROR',
  'https://itlaw.in/rule-3-2-grievance-redressal-mechanism-of-intermediary', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'IT (Intermediary Guidelines) Amendment Rules 2026' AND jurisdiction_code = 'IN'), 'Non-consensual nudity and deepfakes taken down within 2 hours of reporting', 'CRITICAL', TRUE, 'REMOVAL_REQUEST_SENT', 2, 'HOURS', FALSE, 'SECONDARY',
  'https://www.drishtiias.com/daily-updates/daily-news-analysis/information-technology-amendment-rules-2026/print_manually', DATE '2026-12-06', DATE '2026-02-20', 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'IT (Intermediary Guidelines) Amendment Rules 2026' AND jurisdiction_code = 'IN'), 'Takedown within 3 hours of a court or government order (count from the chosen date of the order)', 'CRITICAL', TRUE, 'MANUAL', 3, 'HOURS', FALSE, 'SECONDARY',
  'https://www.mondaq.com/india/social-media/1751632/meity-notifies-it-intermediary-guidelines-and-digital-media-ethics-code-amendment-rules-2026', DATE '2026-12-06', DATE '2026-02-20', 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Codice privacy (d.lgs. 196/2003) art. 144-bis' AND jurisdiction_code = 'IT'), 'Garante decides within 48 hours of the report', 'CRITICAL', TRUE, 'REMOVAL_REQUEST_SENT', 48, 'HOURS', FALSE, 'MIRROR',
  'https://www.brocardi.it/codice-della-privacy/parte-iii/titolo-i/capo-i/art144bis.html', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Codice penale art. 612-ter' AND jurisdiction_code = 'IT'), 'Querela (complaint) within six months (its start under the general rules is not in the sources: count from the chosen date)', 'HIGH', TRUE, 'MANUAL', 6, 'MONTHS', FALSE, 'MIRROR',
  'https://www.progettohatespeech.unito.it/area-giuridica/revenge-porn/', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Harmful Digital Communications Act 2015 s.24' AND jurisdiction_code = 'NZ'), 'Host must notify the author (48 hours after the notice of complaint)', 'CRITICAL', TRUE, 'REMOVAL_REQUEST_SENT', 48, 'HOURS', FALSE, 'PRIMARY',
  'http://www.legislation.govt.nz/act/public/2015/0063/latest/DLM6512505.html', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Harmful Digital Communications Act 2015 s.24' AND jurisdiction_code = 'NZ'), 'Host takes the content down if the author cannot be contacted (48 hours after the notice of complaint)', 'CRITICAL', TRUE, 'REMOVAL_REQUEST_SENT', 48, 'HOURS', FALSE, 'PRIMARY',
  'http://www.legislation.govt.nz/act/public/2015/0063/latest/DLM6512505.html', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Harmful Digital Communications Act 2015 s.24' AND jurisdiction_code = 'NZ'), 'Author''s counter-notice (48 hours after the host notifies the author: count from the chosen date)', 'HIGH', TRUE, 'MANUAL', 48, 'HOURS', FALSE, 'PRIMARY',
  'http://www.legislation.govt.nz/act/public/2015/0063/latest/DLM6512505.html', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Act on Prevention of Damage by Provision of Private Sexual Image Records (2014)' AND jurisdiction_code = 'JP'), 'Provider may delete 2 days after asking the poster''s consent (was 7; count from the chosen date it asked)', 'HIGH', TRUE, 'MANUAL', 2, 'CALENDAR_DAYS', FALSE, 'SECONDARY',
  'https://imidas.jp/topic/detail/F-00-107-14-12-G221.html', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'NetzDG § 3(2)' AND jurisdiction_code = 'DE'), 'Remove manifestly unlawful content within 24 hours of the complaint (historic; status after the DSA not found)', 'CRITICAL', TRUE, 'REMOVAL_REQUEST_SENT', 24, 'HOURS', FALSE, 'UNCONFIRMED',
  'https://www.lto.de/recht/hintergruende/h/netzdg-kritik-debatte-soziale-netzwerke-loeschpflicht-bussgeld-overblocking-fragen-antworten/2/', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'NetzDG § 3(2)' AND jurisdiction_code = 'DE'), 'Remove other unlawful content within a week of the complaint (historic; status after the DSA not found)', 'HIGH', TRUE, 'REMOVAL_REQUEST_SENT', 7, 'CALENDAR_DAYS', FALSE, 'UNCONFIRMED',
  'https://www.lto.de/recht/hintergruende/h/netzdg-kritik-debatte-soziale-netzwerke-loeschpflicht-bussgeld-overblocking-fragen-antworten/2/', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Sexual Offences Act 2003 s.66E' AND jurisdiction_code = 'GB-EAW'), '6 months from when sufficient evidence comes to the prosecutor''s knowledge (chosen date)', 'HIGH', FALSE, 'MANUAL', 6, 'MONTHS', FALSE, 'UNCONFIRMED',
  'https://www.accountabilityindex.uk/committees/25/recommendation/6370/', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, trigger_event, amount, unit, tolled_minority, source_grade, source_urls, last_checked, effective_from, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Sexual Offences Act 2003 s.66E' AND jurisdiction_code = 'GB-EAW'), '3 years from the offence', 'HIGH', FALSE, 'INCIDENT', 3, 'YEARS', FALSE, 'UNCONFIRMED',
  'https://www.accountabilityindex.uk/committees/25/recommendation/6370/', DATE '2026-12-06', NULL, 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, combinator, first_rule_id, second_rule_id, tolled_minority, source_grade, source_urls, last_checked, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Utah Code § 13-72b-202' AND jurisdiction_code = 'US-UT'), 'Limitation period: the later of 3 years from discovery or 10 years from the violation', 'HIGH', TRUE, 'LATER_OF',
  (SELECT MIN(id) FROM deadline_rule WHERE statute_id = (SELECT MIN(id) FROM statute WHERE citation = 'Utah Code § 13-72b-202' AND jurisdiction_code = 'US-UT') AND label = '3 years from discovery of the violation'),
  (SELECT MIN(id) FROM deadline_rule WHERE statute_id = (SELECT MIN(id) FROM statute WHERE citation = 'Utah Code § 13-72b-202' AND jurisdiction_code = 'US-UT') AND label = '10 years from the violation (the incident date)'),
  FALSE, 'MIRROR', 'https://lexace.ai/us/statute/utah/13-72b-202', DATE '2026-12-06', 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, combinator, first_rule_id, second_rule_id, tolled_minority, source_grade, source_urls, last_checked, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Va. Code § 8.01-40.4' AND jurisdiction_code = 'US-VA'), 'Limitation period: 2 years from the later of the last violation, age 18 or discovery', 'HIGH', TRUE, 'LATER_OF',
  (SELECT MIN(id) FROM deadline_rule WHERE statute_id = (SELECT MIN(id) FROM statute WHERE citation = 'Va. Code § 8.01-40.4' AND jurisdiction_code = 'US-VA') AND label = '2 years from the last violation (the incident date), or from age 18'),
  (SELECT MIN(id) FROM deadline_rule WHERE statute_id = (SELECT MIN(id) FROM statute WHERE citation = 'Va. Code § 8.01-40.4' AND jurisdiction_code = 'US-VA') AND label = '2 years from discovery, or from age 18'),
  FALSE, 'SECONDARY', 'https://www.pendercoward.com/resources/blog-opinions-and-observations/new-tort-law-in-virginia-redressing-the-nonconsensual-creation-and-dissemination-of-private-images', DATE '2026-12-06', 0);
INSERT INTO deadline_rule (statute_id, label, severity, top_level, combinator, first_rule_id, second_rule_id, tolled_minority, source_grade, source_urls, last_checked, version) VALUES
 ((SELECT MIN(id) FROM statute WHERE citation = 'Sexual Offences Act 2003 s.66E' AND jurisdiction_code = 'GB-EAW'), 'Prosecution must start (s.66E; commencement not found)', 'HIGH', TRUE, 'EARLIER_OF',
  (SELECT MIN(id) FROM deadline_rule WHERE statute_id = (SELECT MIN(id) FROM statute WHERE citation = 'Sexual Offences Act 2003 s.66E' AND jurisdiction_code = 'GB-EAW') AND label = '6 months from when sufficient evidence comes to the prosecutor''s knowledge (chosen date)'),
  (SELECT MIN(id) FROM deadline_rule WHERE statute_id = (SELECT MIN(id) FROM statute WHERE citation = 'Sexual Offences Act 2003 s.66E' AND jurisdiction_code = 'GB-EAW') AND label = '3 years from the offence'),
  FALSE, 'UNCONFIRMED', 'https://www.accountabilityindex.uk/committees/25/recommendation/6370/', DATE '2026-12-06', 0);

-- Sexual Offences Act 2003 s.66B (statute 8) is the law of England and Wales, not of Scotland:
-- it moves from GB to GB-EAW, so a Scottish case (GB-SCT, under GB) gets no s.66B deadline.
UPDATE statute SET jurisdiction_code = 'GB-EAW' WHERE id = 8;

-- TAKE IT DOWN Act (rule 1): the platforms' duty applies from 2026-05-19, one year after enactment
-- (shared/LAW-SOURCES.md; LAW-RESEARCH.md: "FTC enforcement began 19 May 2026").
UPDATE deadline_rule SET effective_from = DATE '2026-05-19' WHERE id = 1;

-- History (Envers): the seed is one revision, so the first correction shows the seeded values.
INSERT INTO law_revision (revision_time, username) VALUES (1796515200000, 'seed');
INSERT INTO jurisdiction_aud (code, rev, revtype, name, parent_code, time_zone, holiday_calendar)
SELECT code, (SELECT MAX(id) FROM law_revision), 0, name, parent_code, time_zone, holiday_calendar
  FROM jurisdiction j WHERE NOT EXISTS (SELECT 1 FROM jurisdiction_aud a WHERE a.code = j.code);
INSERT INTO statute_aud (id, rev, revtype, jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, source_url, last_reviewed, source_grade, source_urls, effective_until, flags)
SELECT id, (SELECT MAX(id) FROM law_revision), CASE WHEN EXISTS (SELECT 1 FROM statute_aud a WHERE a.id = s.id) THEN 1 ELSE 0 END,
       jurisdiction_code, citation, short_title, kind, summary, remedies, effective_date, source_url, last_reviewed, source_grade, source_urls, effective_until, flags
  FROM statute s;
INSERT INTO deadline_rule_aud (id, rev, revtype, statute_id, label, severity, top_level, combinator, first_rule_id, second_rule_id, trigger_event, amount, unit, window_start, window_end, tolled_minority, source_grade, source_urls, last_checked, effective_from, effective_until)
SELECT id, (SELECT MAX(id) FROM law_revision), 0, statute_id, label, severity, top_level, combinator, first_rule_id, second_rule_id, trigger_event, amount, unit, window_start, window_end, tolled_minority, source_grade, source_urls, last_checked, effective_from, effective_until
  FROM deadline_rule r WHERE NOT EXISTS (SELECT 1 FROM deadline_rule_aud a WHERE a.id = r.id);
INSERT INTO deadline_rule_aud (id, rev, revtype, statute_id, label, severity, top_level, combinator, first_rule_id, second_rule_id, trigger_event, amount, unit, window_start, window_end, tolled_minority, source_grade, source_urls, last_checked, effective_from, effective_until)
SELECT id, (SELECT MAX(id) FROM law_revision), 1, statute_id, label, severity, top_level, combinator, first_rule_id, second_rule_id, trigger_event, amount, unit, window_start, window_end, tolled_minority, source_grade, source_urls, last_checked, effective_from, effective_until
  FROM deadline_rule r WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM deadline_rule_aud a WHERE a.id = r.id AND a.rev = (SELECT MAX(id) FROM law_revision));
