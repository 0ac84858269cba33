-- Demonstration proposals, in the spirit of the seeds' agreement (joint projects, joint R&D, technology
-- transfer between the OKIP clusters' members):
--  * Jastrzębie Innovation Labs (member's company) builds a consortium on miners' health monitoring and
--    seeks a research partner and an end user; a medical university is in already;
--  * MedTech Silesia (member2's company, PIKMED) prepares a rehabilitation-robotics project and seeks a
--    technology provider in automation and robotics; BioCraft Kraków has asked to join;
--  * a funded project of Politechnika Śląska with Jastrzębie Innovation Labs, kept for the cooperation figures.
-- Ids 710–759 are this file's; deadlines are relative to the day the data is loaded.

INSERT INTO project_proposal (id, version, created, modified, title, acronym, programme, call_name, call_identifier, call_link,
    deadline, time_zone, estimated_budget, requested_funding, currency, duration_months, summary, objectives, description,
    reach, lead_id, contact_id, status, status_changed, outcome_on) VALUES
 (710, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
  'Inteligentny monitoring zdrowia górników w kopalniach głębinowych', 'MINEHEALTH', 'Horyzont Europa',
  'Zdrowie i bezpieczeństwo pracy w przemyśle wydobywczym', 'HORIZON-HLTH-2027-ENVHLTH-03', 'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/home',
  CURRENT_TIMESTAMP + INTERVAL '45' DAY, 'Europe/Brussels', 3200000.00, 2800000.00, 'EUR', 36,
  'Czujniki noszone przez górników i modele, które ostrzegają przed przegrzaniem i zatruciem, zanim dojdzie do wypadku.',
  'Prototyp systemu w dwóch kopalniach; walidacja kliniczna z uczelnią medyczną; wdrożenie w spółkach regionu.',
  '<p>Projekt łączy kompetencje członków <b>Jastrzębskiego Klastra Innowacji</b> i <b>PIKMED</b>: elektronikę, analizę danych i medycynę pracy.</p><ul><li>pakiet 1: czujniki</li><li>pakiet 2: modele ryzyka</li><li>pakiet 3: pilotaż</li></ul>',
  'AGREEMENTS', 21, 3, 'CONSORTIUM_BUILDING', CURRENT_TIMESTAMP, NULL),
 (711, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
  'Robotyka wspomagająca rehabilitację po urazach kręgosłupa', 'REHABOT', 'Fundusze Europejskie dla Nowoczesnej Gospodarki',
  'Ścieżka SMART – moduł B+R', 'FENG.01.01-IP.02-001/27', 'https://www.parp.gov.pl/',
  CURRENT_TIMESTAMP + INTERVAL '6' DAY, 'Europe/Warsaw', 4500000.00, 3150000.00, 'PLN', 30,
  'Egzoszkielet kończyn dolnych sterowany sygnałem EMG, dla szpitali rehabilitacyjnych Śląska i Małopolski.',
  'Demonstrator w warunkach klinicznych i plan komercjalizacji.',
  NULL, 'AGREEMENTS', 23, 4, 'IN_PREPARATION', CURRENT_TIMESTAMP, NULL),
 (712, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,
  'Cyfrowy bliźniak układu wentylacji kopalni', 'VENTWIN', 'Program Badawczy Funduszu Badawczego Węgla i Stali',
  'RFCS 2025', 'RFCS-2025', 'https://ec.europa.eu/info/research-and-innovation/',
  TIMESTAMP WITH TIME ZONE '2025-09-16 17:00:00+02:00', 'Europe/Brussels', 1800000.00, 1080000.00, 'EUR', 36,
  'Model wentylacji kopalni aktualizowany danymi z czujników, do planowania robót i ewakuacji.',
  NULL, NULL, 'AGREEMENTS', 20, 1, 'FUNDED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO proposal_agreement (proposal_id, agreement_id) VALUES (710, 1), (711, 1), (712, 1), (712, 2);

INSERT INTO partner_profile (id, version, created, modified, proposal_id, role, competences, state) VALUES
 (720, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 710, 'RESEARCH_PARTNER', 'Medycyna pracy, fizjologia wysiłku w wysokiej temperaturze, badania kliniczne z udziałem pracowników.', 'OPEN'),
 (721, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 710, 'END_USER', 'Spółka wydobywcza gotowa udostępnić dwa oddziały do pilotażu.', 'OPEN'),
 (722, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 711, 'TECHNOLOGY_PROVIDER', 'Napędy i sterowanie robotów, systemy wbudowane, bezpieczeństwo funkcjonalne.', 'OPEN'),
 (723, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 711, 'RESEARCH_PARTNER', 'Biomechanika i ocena kliniczna rehabilitacji.', 'FILLED');

INSERT INTO partner_profile_sector (profile_id, sector_id) VALUES
 (720, 117), (720, 113), (721, 102), (722, 215), (722, 110), (723, 117);

INSERT INTO partner_profile_country (profile_id, country) VALUES
 (720, 'PL'), (720, 'CZ'), (721, 'PL'), (722, 'PL'), (722, 'DE');

INSERT INTO proposal_partner (id, version, created, modified, proposal_id, organisation_id, profile_id, role, contact_id,
    budget_share, state, message, asked_by, decided_by, decided_at) VALUES
 (730, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 710, 21, NULL, 'COORDINATOR', 3, 55.00, 'ACCEPTED', NULL, 3, NULL, NULL),
 (731, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 710, 22, NULL, 'RESEARCH_PARTNER', NULL, 25.00, 'ACCEPTED', 'Zespół Katedry Medycyny Pracy chętnie poprowadzi walidację.', 3, 3, CURRENT_TIMESTAMP),
 (732, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 711, 23, NULL, 'COORDINATOR', 4, 60.00, 'ACCEPTED', NULL, 4, NULL, NULL),
 (733, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 711, 22, 723, 'RESEARCH_PARTNER', NULL, 30.00, 'ACCEPTED', NULL, 4, 4, CURRENT_TIMESTAMP),
 (734, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 711, 26, NULL, 'OTHER', NULL, NULL, 'REQUESTED', 'Możemy dostarczyć biomateriały do mankietów egzoszkieletu.', NULL, NULL, NULL),
 (735, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 712, 20, NULL, 'COORDINATOR', 1, 60.00, 'ACCEPTED', NULL, 1, NULL, NULL),
 (736, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 712, 21, NULL, 'TECHNOLOGY_PROVIDER', 3, 40.00, 'ACCEPTED', NULL, 1, 3, CURRENT_TIMESTAMP);

INSERT INTO proposal_checklist_item (id, version, created, modified, proposal_id, title, owner_id, due_on, state, done_by, done_at) VALUES
 (740, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 710, 'Listy intencyjne od dwóch kopalń', 3, CURRENT_DATE + INTERVAL '20' DAY, 'OPEN', NULL, NULL),
 (741, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 710, 'Rejestracja konsorcjum w portalu Funding & Tenders', 3, CURRENT_DATE + INTERVAL '30' DAY, 'OPEN', NULL, NULL),
 (742, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 711, 'Tabela budżetu partnerów', 4, CURRENT_DATE + INTERVAL '2' DAY, 'OPEN', NULL, NULL),
 (743, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 711, 'Opinia komisji bioetycznej', NULL, CURRENT_DATE - INTERVAL '1' DAY, 'DONE', 4, CURRENT_TIMESTAMP);
