-- Built-in instruments. GENERATED once from the keys in io.motiv.survey.scoring.BuiltInKeys and the demo texts;
-- BuiltInInstrumentsTest checks that these rows and BuiltInKeys agree. Change both together, in a new migration.
--
-- pvq-21 / pvq-40: the published item-to-value keys only; their item texts belong to the authors (load them with
-- setInstrumentItemTexts if you hold the right). demo-20: 20 items, 2 per value, in Motiv's own words.
-- All three are stored with 6 = "very much like me"; ESS data (1 = very much like me) needs an instrument with
-- minMeansVeryMuchLikeMe = true (defineInstrument).

INSERT INTO instrument (id, code, version, name, scale_min, scale_max, min_means_very_much_like_me, scale_labels, built_in, frozen, created_at)
VALUES ('00000000-0000-4000-8000-000000000020', 'demo-20', 1, 'Motiv demo values survey (20 items)', 1, 6, false, '{"en": ["Not like me at all", "Not like me", "A little like me", "Somewhat like me", "Like me", "Very much like me"]}', true, false, now());
INSERT INTO instrument_item (instrument_id, code, position, dimension, reverse_coded, texts) VALUES
    ('00000000-0000-4000-8000-000000000020', '1', 1, 'SELF_DIRECTION', false, '{"en": "Thinking up new ideas and doing things my own way matters to me."}'),
    ('00000000-0000-4000-8000-000000000020', '2', 2, 'STIMULATION', false, '{"en": "I look for adventures and like trying things I have never done before."}'),
    ('00000000-0000-4000-8000-000000000020', '3', 3, 'HEDONISM', false, '{"en": "Enjoying life''s pleasures is important to me."}'),
    ('00000000-0000-4000-8000-000000000020', '4', 4, 'ACHIEVEMENT', false, '{"en": "I want people to see how capable and successful I am."}'),
    ('00000000-0000-4000-8000-000000000020', '5', 5, 'POWER', false, '{"en": "I want to be the one who makes the decisions."}'),
    ('00000000-0000-4000-8000-000000000020', '6', 6, 'SECURITY', false, '{"en": "Living in safe surroundings is important to me."}'),
    ('00000000-0000-4000-8000-000000000020', '7', 7, 'CONFORMITY', false, '{"en": "I follow the rules even when no one is watching."}'),
    ('00000000-0000-4000-8000-000000000020', '8', 8, 'TRADITION', false, '{"en": "Keeping the customs I grew up with matters to me."}'),
    ('00000000-0000-4000-8000-000000000020', '9', 9, 'BENEVOLENCE', false, '{"en": "Helping the people close to me is very important to me."}'),
    ('00000000-0000-4000-8000-000000000020', '10', 10, 'UNIVERSALISM', false, '{"en": "I want everyone to be treated fairly, even people I do not know."}'),
    ('00000000-0000-4000-8000-000000000020', '11', 11, 'SELF_DIRECTION', false, '{"en": "I like to decide for myself what I do and how I do it."}'),
    ('00000000-0000-4000-8000-000000000020', '12', 12, 'STIMULATION', false, '{"en": "A life full of change and surprises suits me."}'),
    ('00000000-0000-4000-8000-000000000020', '13', 13, 'HEDONISM', false, '{"en": "I take every chance I get to have fun and treat myself."}'),
    ('00000000-0000-4000-8000-000000000020', '14', 14, 'ACHIEVEMENT', false, '{"en": "Doing better than others and being recognised for it drives me."}'),
    ('00000000-0000-4000-8000-000000000020', '15', 15, 'POWER', false, '{"en": "Having money and the things it can buy matters a lot to me."}'),
    ('00000000-0000-4000-8000-000000000020', '16', 16, 'SECURITY', false, '{"en": "I want my country to be stable and society to be orderly."}'),
    ('00000000-0000-4000-8000-000000000020', '17', 17, 'CONFORMITY', false, '{"en": "I avoid doing anything that people would say is wrong."}'),
    ('00000000-0000-4000-8000-000000000020', '18', 18, 'TRADITION', false, '{"en": "I hold on to traditional ways, whether religious or cultural."}'),
    ('00000000-0000-4000-8000-000000000020', '19', 19, 'BENEVOLENCE', false, '{"en": "I am loyal to my friends and care about how they are doing."}'),
    ('00000000-0000-4000-8000-000000000020', '20', 20, 'UNIVERSALISM', false, '{"en": "Protecting nature and the environment matters to me."}');

INSERT INTO instrument (id, code, version, name, scale_min, scale_max, min_means_very_much_like_me, scale_labels, built_in, frozen, created_at)
VALUES ('00000000-0000-4000-8000-000000000021', 'pvq-21', 1, 'ESS Portrait Values Questionnaire, 21 items (key only)', 1, 6, false, '{"en": ["Not like me at all", "Not like me", "A little like me", "Somewhat like me", "Like me", "Very much like me"]}', true, false, now());
INSERT INTO instrument_item (instrument_id, code, position, dimension, reverse_coded, texts) VALUES
    ('00000000-0000-4000-8000-000000000021', '1', 1, 'SELF_DIRECTION', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '2', 2, 'POWER', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '3', 3, 'UNIVERSALISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '4', 4, 'ACHIEVEMENT', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '5', 5, 'SECURITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '6', 6, 'STIMULATION', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '7', 7, 'CONFORMITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '8', 8, 'UNIVERSALISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '9', 9, 'TRADITION', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '10', 10, 'HEDONISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '11', 11, 'SELF_DIRECTION', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '12', 12, 'BENEVOLENCE', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '13', 13, 'ACHIEVEMENT', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '14', 14, 'SECURITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '15', 15, 'STIMULATION', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '16', 16, 'CONFORMITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '17', 17, 'POWER', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '18', 18, 'BENEVOLENCE', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '19', 19, 'UNIVERSALISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '20', 20, 'TRADITION', false, '{}'),
    ('00000000-0000-4000-8000-000000000021', '21', 21, 'HEDONISM', false, '{}');

INSERT INTO instrument (id, code, version, name, scale_min, scale_max, min_means_very_much_like_me, scale_labels, built_in, frozen, created_at)
VALUES ('00000000-0000-4000-8000-000000000040', 'pvq-40', 1, 'Portrait Values Questionnaire, 40 items (key only)', 1, 6, false, '{"en": ["Not like me at all", "Not like me", "A little like me", "Somewhat like me", "Like me", "Very much like me"]}', true, false, now());
INSERT INTO instrument_item (instrument_id, code, position, dimension, reverse_coded, texts) VALUES
    ('00000000-0000-4000-8000-000000000040', '1', 1, 'SELF_DIRECTION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '2', 2, 'POWER', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '3', 3, 'UNIVERSALISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '4', 4, 'ACHIEVEMENT', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '5', 5, 'SECURITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '6', 6, 'STIMULATION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '7', 7, 'CONFORMITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '8', 8, 'UNIVERSALISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '9', 9, 'TRADITION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '10', 10, 'HEDONISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '11', 11, 'SELF_DIRECTION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '12', 12, 'BENEVOLENCE', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '13', 13, 'ACHIEVEMENT', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '14', 14, 'SECURITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '15', 15, 'STIMULATION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '16', 16, 'CONFORMITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '17', 17, 'POWER', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '18', 18, 'BENEVOLENCE', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '19', 19, 'UNIVERSALISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '20', 20, 'TRADITION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '21', 21, 'SECURITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '22', 22, 'SELF_DIRECTION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '23', 23, 'UNIVERSALISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '24', 24, 'ACHIEVEMENT', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '25', 25, 'TRADITION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '26', 26, 'HEDONISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '27', 27, 'BENEVOLENCE', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '28', 28, 'CONFORMITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '29', 29, 'UNIVERSALISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '30', 30, 'STIMULATION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '31', 31, 'SECURITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '32', 32, 'ACHIEVEMENT', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '33', 33, 'BENEVOLENCE', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '34', 34, 'SELF_DIRECTION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '35', 35, 'SECURITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '36', 36, 'CONFORMITY', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '37', 37, 'HEDONISM', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '38', 38, 'TRADITION', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '39', 39, 'POWER', false, '{}'),
    ('00000000-0000-4000-8000-000000000040', '40', 40, 'UNIVERSALISM', false, '{}');
