-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='orders', excluded=False, client='C-00042')
WITH agg AS 
(SELECT agg0.client_id AS client_id, agg0.n_all AS n_all, agg0.last_at AS last_at, agg0.rev_w AS rev_w, agg0.n_w AS n_w, agg0.first_w AS first_w, CASE WHEN (agg0.n_all < :n_all_1::INTEGER) THEN :param_6::INTEGER WHEN (CAST(:param_7 AS DOUBLE PRECISION) * ((agg0.last_at - agg0.first_at) / (((agg0.n_all - :n_all_2::INTEGER) + :param_8::INTEGER) / :param_9::INTEGER)) <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_12::BIGINT) THEN :param_13::INTEGER ELSE (SELECT CASE WHEN ((agg0.n_all - :n_all_2::INTEGER) % :param_14::INTEGER = :param_15::INTEGER AND :sum_1::INTEGER * sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE PRECISION) * g.gap <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_17::BIGINT) THEN :param_18::INTEGER ELSE :param_19::INTEGER END) >= (agg0.n_all - :n_all_2::INTEGER) + :param_20::INTEGER OR (agg0.n_all - :n_all_2::INTEGER) % :param_14::INTEGER != :param_15::INTEGER AND (sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE PRECISION) * g.gap <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_17::BIGINT) THEN :param_18::INTEGER ELSE :param_19::INTEGER END) >= (agg0.n_all - :n_all_2::INTEGER) / :param_21::INTEGER + :param_22::INTEGER OR sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE PRECISION) * g.gap <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_17::BIGINT) THEN :param_18::INTEGER ELSE :param_19::INTEGER END) = (agg0.n_all - :n_all_2::INTEGER) / :param_21::INTEGER AND CAST(:param_23 AS DOUBLE PRECISION) * (max(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE PRECISION) * g.gap <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_17::BIGINT) THEN g.gap END) + min(CASE WHEN (g.gap IS NOT NULL AND NOT (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE PRECISION) * g.gap <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_17::BIGINT)) THEN g.gap END)) <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_24::BIGINT)) THEN :param_25::INTEGER ELSE :param_26::INTEGER END AS anon_1 
FROM (SELECT o2.placed_at - lag(o2.placed_at) OVER (ORDER BY o2.placed_at) AS gap 
FROM orders AS o2 
WHERE o2.client_id = agg0.client_id AND o2.placed_at <= :placed_at_1::BIGINT) AS g) END AS overdue 
FROM (SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, min(orders.placed_at) AS first_at, CAST(sum(CASE WHEN (orders.placed_at >= :placed_at_2::BIGINT) THEN orders.amount_minor ELSE :param_27::INTEGER END) AS BIGINT) AS rev_w, sum(CASE WHEN (orders.placed_at >= :placed_at_2::BIGINT) THEN :param_28::INTEGER ELSE :param_29::INTEGER END) AS n_w, min(CASE WHEN (orders.placed_at >= :placed_at_3::BIGINT) THEN orders.placed_at END) AS first_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_4::BIGINT GROUP BY orders.client_id) AS agg0), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1::INTEGER) THEN :param_3::INTEGER ELSE :param_4::INTEGER END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2::BIGINT) THEN agg.rev_w ELSE :param_5::INTEGER END) AS BIGINT) AS rev_total 
FROM agg), 
scored_again AS 
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_103::INTEGER AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_104::INTEGER) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4::INTEGER) THEN :param_105::INTEGER ELSE :param_106::INTEGER END AS active, CASE WHEN (agg.rev_w > :rev_w_5::BIGINT) THEN agg.rev_w ELSE :param_107::INTEGER END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id COLLATE "C" AS anon_2 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_102::INTEGER AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_6::BIGINT AND scored_again.peers > :peers_3::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_108::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_109::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4::INTEGER) * scored_again.rev_w) * :param_110::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_111::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_112::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_113::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4::INTEGER) * scored_again.rev_w) * :param_114::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_115::BIGINT)), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_143::INTEGER) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE PRECISION) / CAST(CAST(sum(hist.cnt) OVER () - :param_144::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_145 AS DOUBLE PRECISION) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5::INTEGER GROUP BY agg.n_w) AS hist), 
nps AS 
(SELECT nps_ranked.client_id AS client_id, nps_ranked.score AS score, nps_ranked.answered_at AS answered_at 
FROM (SELECT nps_answers.client_id AS client_id, nps_answers.score AS score, nps_answers.answered_at AS answered_at, row_number() OVER (PARTITION BY nps_answers.client_id ORDER BY nps_answers.answered_at DESC) AS rn 
FROM nps_answers 
WHERE nps_answers.answered_at <= :answered_at_2::BIGINT) AS nps_ranked 
WHERE nps_ranked.rn = :rn_1::INTEGER), 
conflict AS 
(SELECT incidents.client_id AS client_id 
FROM incidents 
WHERE incidents.kind IN (__[POSTCOMPILE_kind_1]) AND incidents.occurred_at <= :occurred_at_1::BIGINT AND incidents.occurred_at >= :occurred_at_2::BIGINT GROUP BY incidents.client_id), 
inquiries AS 
(SELECT incidents.client_id AS client_id, count(*) AS n 
FROM incidents 
WHERE incidents.kind = :kind_2::VARCHAR AND incidents.occurred_at <= :occurred_at_3::BIGINT GROUP BY incidents.client_id), 
unreachable AS 
(SELECT attempts.client_id AS client_id 
FROM (SELECT incidents.client_id AS client_id, incidents.outcome AS outcome, row_number() OVER (PARTITION BY incidents.client_id ORDER BY incidents.occurred_at DESC) AS rn 
FROM incidents 
WHERE incidents.kind = :kind_3::VARCHAR AND incidents.occurred_at <= :occurred_at_4::BIGINT) AS attempts 
WHERE attempts.rn <= :rn_2::INTEGER GROUP BY attempts.client_id 
HAVING count(*) = :count_2::INTEGER AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_8::VARCHAR) = :coalesce_9::VARCHAR) THEN :param_152::INTEGER ELSE :param_153::INTEGER END) = :sum_2::INTEGER), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1::SMALLINT AND nps.answered_at >= :answered_at_1::BIGINT) THEN :param_146::INTEGER ELSE :param_147::INTEGER END AS bits 
FROM nps UNION ALL SELECT conflict.client_id AS client_id, :param_148::INTEGER AS bits 
FROM conflict UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1::INTEGER) THEN :param_149::INTEGER ELSE :param_150::INTEGER END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_151::INTEGER AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1::INTEGER) AS n_w, coalesce(scored.rev_w, :coalesce_2::INTEGER) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_73 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_2::INTEGER) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_74::INTEGER) THEN CAST(scored.below AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_75::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_76 AS DOUBLE PRECISION) END ELSE CAST(:param_77 AS DOUBLE PRECISION) END + CAST(:param_78 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_3::INTEGER) THEN pr_n.pr_n ELSE CAST(:param_79 AS DOUBLE PRECISION) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND (:param_80::BIGINT - scored.last_at) / :param_81::BIGINT >= :param_82::BIGINT AND (:param_80::BIGINT - scored.last_at) / :param_81::BIGINT <= :param_83::BIGINT, false) AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) AND coalesce((crit.bits & :bits_1::INTEGER) != :param_84::INTEGER, false) AND coalesce((crit.bits & :bits_2::INTEGER) != :param_85::INTEGER, false) AND coalesce(false, false) AND coalesce((crit.bits & :bits_3::INTEGER) != :param_86::INTEGER, false))) THEN :param_87::VARCHAR WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_88::VARCHAR WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_89::VARCHAR WHEN (coalesce(scored.n_w, :coalesce_1::INTEGER) < :coalesce_4::INTEGER) THEN :param_90::VARCHAR WHEN (coalesce(scored.rev_w, :coalesce_2::INTEGER) < :coalesce_5::BIGINT) THEN :param_91::VARCHAR WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_92::VARCHAR WHEN (scored.rev_w <= :rev_w_3::BIGINT) THEN :param_93::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4::BIGINT AND scored.peers > :peers_1::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_94::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_95::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2::INTEGER) * scored.rev_w) * :param_96::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_97::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_98::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_99::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2::INTEGER) * scored.rev_w) * :param_100::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_101::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_116::INTEGER END * scored.rev_w) * :param_117::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_118::BIGINT) THEN :param_119::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4::BIGINT AND scored.peers > :peers_1::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_94::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_95::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2::INTEGER) * scored.rev_w) * :param_96::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_97::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_98::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_99::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2::INTEGER) * scored.rev_w) * :param_100::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_101::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_116::INTEGER END * scored.rev_w) * :param_120::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_121::BIGINT) THEN :param_122::VARCHAR ELSE :param_123::VARCHAR END NOT IN (__[POSTCOMPILE_param_124]))) THEN :param_125::VARCHAR WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1::VARCHAR AND assignments.created_at >= :created_at_1::BIGINT AND coalesce(assignments.outcome, :coalesce_6::VARCHAR) != :coalesce_7::VARCHAR)) THEN :param_126::VARCHAR WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_127::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_128::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_129::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_130::VARCHAR END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_80::BIGINT - scored.last_at) / :param_81::BIGINT >= :param_82::BIGINT AND (:param_80::BIGINT - scored.last_at) / :param_81::BIGINT <= :param_83::BIGINT, false) THEN :param_131::INTEGER ELSE :param_132::INTEGER END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) THEN :param_133::INTEGER ELSE :param_134::INTEGER END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1::INTEGER) != :param_84::INTEGER, false) THEN :param_135::INTEGER ELSE :param_136::INTEGER END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2::INTEGER) != :param_85::INTEGER, false) THEN :param_137::INTEGER ELSE :param_138::INTEGER END AS f_conflict, CASE WHEN coalesce(false, false) THEN :param_139::INTEGER ELSE :param_140::INTEGER END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_3::INTEGER) != :param_86::INTEGER, false) THEN :param_141::INTEGER ELSE :param_142::INTEGER END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_103::INTEGER AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_104::INTEGER) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4::INTEGER) THEN :param_105::INTEGER ELSE :param_106::INTEGER END AS active, CASE WHEN (agg.rev_w > :rev_w_5::BIGINT) THEN agg.rev_w ELSE :param_107::INTEGER END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_80::BIGINT - scored.last_at) / :param_81::BIGINT >= :param_82::BIGINT AND (:param_80::BIGINT - scored.last_at) / :param_81::BIGINT <= :param_83::BIGINT, false) OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) OR coalesce((crit.bits & :bits_1::INTEGER) != :param_84::INTEGER, false) OR coalesce((crit.bits & :bits_2::INTEGER) != :param_85::INTEGER, false) OR coalesce(false, false) OR coalesce((crit.bits & :bits_3::INTEGER) != :param_86::INTEGER, false) UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_10::INTEGER) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_11::INTEGER) AS rev_w, CAST(NULL AS BIGINT) AS last_at, CAST(NULL AS BIGINT) AS first_w, coalesce(CAST(:param_154 AS DOUBLE PRECISION) * CASE WHEN (CAST(NULL AS BIGINT) > :param_155::BIGINT) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_156::INTEGER) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_157::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_158 AS DOUBLE PRECISION) END ELSE CAST(:param_159 AS DOUBLE PRECISION) END + CAST(:param_160 AS DOUBLE PRECISION) * CAST(:param_161 AS DOUBLE PRECISION), :coalesce_12) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_162::BIGINT - CAST(NULL AS BIGINT)) / :param_163::BIGINT >= :param_164::BIGINT AND (:param_162::BIGINT - CAST(NULL AS BIGINT)) / :param_163::BIGINT <= :param_165::BIGINT, false) AND coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_166::BIGINT, false) AND coalesce((crit.bits & :bits_4::INTEGER) != :param_167::INTEGER, false) AND coalesce((crit.bits & :bits_5::INTEGER) != :param_168::INTEGER, false) AND coalesce((crit.bits & :bits_6::INTEGER) != :param_169::INTEGER, false) AND coalesce((crit.bits & :bits_7::INTEGER) != :param_170::INTEGER, false))) THEN :param_171::VARCHAR WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_172::VARCHAR WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_173::VARCHAR WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_10::INTEGER) < :coalesce_13::BIGINT) THEN :param_174::VARCHAR WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_11::INTEGER) < :coalesce_14::BIGINT) THEN :param_175::VARCHAR WHEN ((CASE WHEN (CAST(NULL AS BIGINT) IS NULL) THEN :param_176::VARCHAR WHEN (CAST(NULL AS BIGINT) <= :param_177::BIGINT) THEN :param_178::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_179::BIGINT AND CAST(NULL AS BIGINT) > :param_180::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_181::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_182::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_183::BIGINT) * CAST(NULL AS BIGINT)) * :param_184::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_185::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_186::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_187::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_183::BIGINT) * CAST(NULL AS BIGINT)) * :param_188::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_189::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_190::INTEGER END * CAST(NULL AS BIGINT)) * :param_191::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_192::BIGINT) THEN :param_193::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_179::BIGINT AND CAST(NULL AS BIGINT) > :param_180::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_181::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_182::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_183::BIGINT) * CAST(NULL AS BIGINT)) * :param_184::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_185::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_186::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_187::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_183::BIGINT) * CAST(NULL AS BIGINT)) * :param_188::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_189::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_190::INTEGER END * CAST(NULL AS BIGINT)) * :param_194::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_195::BIGINT) THEN :param_196::VARCHAR ELSE :param_197::VARCHAR END NOT IN (__[POSTCOMPILE_param_198]))) THEN :param_199::VARCHAR WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2::VARCHAR AND assignments.created_at >= :created_at_2::BIGINT AND coalesce(assignments.outcome, :coalesce_15::VARCHAR) != :coalesce_16::VARCHAR)) THEN :param_200::VARCHAR WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_127::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_128::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_129::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_201::VARCHAR END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_162::BIGINT - CAST(NULL AS BIGINT)) / :param_163::BIGINT >= :param_164::BIGINT AND (:param_162::BIGINT - CAST(NULL AS BIGINT)) / :param_163::BIGINT <= :param_165::BIGINT, false) THEN :param_202::INTEGER ELSE :param_203::INTEGER END AS f_recency, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_166::BIGINT, false) THEN :param_204::INTEGER ELSE :param_205::INTEGER END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_4::INTEGER) != :param_167::INTEGER, false) THEN :param_206::INTEGER ELSE :param_207::INTEGER END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_5::INTEGER) != :param_168::INTEGER, false) THEN :param_208::INTEGER ELSE :param_209::INTEGER END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_6::INTEGER) != :param_169::INTEGER, false) THEN :param_210::INTEGER ELSE :param_211::INTEGER END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_7::INTEGER) != :param_170::INTEGER, false) THEN :param_212::INTEGER ELSE :param_213::INTEGER END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_162::BIGINT - CAST(NULL AS BIGINT)) / :param_163::BIGINT >= :param_164::BIGINT AND (:param_162::BIGINT - CAST(NULL AS BIGINT)) / :param_163::BIGINT <= :param_165::BIGINT, false) OR coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_166::BIGINT, false) OR coalesce((crit.bits & :bits_4::INTEGER) != :param_167::INTEGER, false) OR coalesce((crit.bits & :bits_5::INTEGER) != :param_168::INTEGER, false) OR coalesce((crit.bits & :bits_6::INTEGER) != :param_169::INTEGER, false) OR coalesce((crit.bits & :bits_7::INTEGER) != :param_170::INTEGER, false)) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_5::BIGINT))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1::INTEGER - min(monthly.m)) + :param_214::INTEGER AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE PRECISION) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_215::INTEGER ELSE :param_216::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_217::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_218::INTEGER ELSE :param_219::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN :param_220::INTEGER ELSE :param_221::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_222::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_223::INTEGER ELSE :param_224::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_225::INTEGER ELSE :param_226::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_227::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_228::INTEGER ELSE :param_229::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN :param_230::INTEGER ELSE :param_231::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN :param_232::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_233::INTEGER ELSE :param_234::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_235::INTEGER ELSE :param_236::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_237::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_238::INTEGER ELSE :param_239::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN :param_240::INTEGER ELSE :param_241::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_242::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_243::INTEGER ELSE :param_244::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_245::INTEGER ELSE :param_246::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_247::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_248::INTEGER ELSE :param_249::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_41::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_42::BIGINT) THEN :param_250::INTEGER ELSE :param_251::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_43::BIGINT) THEN :param_252::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_44::BIGINT) THEN :param_253::INTEGER ELSE :param_254::INTEGER END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5::BIGINT) THEN :param_255::INTEGER ELSE :param_256::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6::BIGINT) THEN :param_257::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7::BIGINT) THEN :param_258::INTEGER ELSE :param_259::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9::BIGINT) THEN :param_260::INTEGER ELSE :param_261::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10::BIGINT) THEN :param_262::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11::BIGINT) THEN :param_263::INTEGER ELSE :param_264::INTEGER END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14::BIGINT) THEN :param_265::INTEGER ELSE :param_266::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15::BIGINT) THEN :param_267::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16::BIGINT) THEN :param_268::INTEGER ELSE :param_269::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18::BIGINT) THEN :param_270::INTEGER ELSE :param_271::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19::BIGINT) THEN :param_272::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20::BIGINT) THEN :param_273::INTEGER ELSE :param_274::INTEGER END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24::BIGINT) THEN :param_275::INTEGER ELSE :param_276::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25::BIGINT) THEN :param_277::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26::BIGINT) THEN :param_278::INTEGER ELSE :param_279::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28::BIGINT) THEN :param_280::INTEGER ELSE :param_281::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29::BIGINT) THEN :param_282::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30::BIGINT) THEN :param_283::INTEGER ELSE :param_284::INTEGER END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33::BIGINT) THEN :param_285::INTEGER ELSE :param_286::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34::BIGINT) THEN :param_287::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35::BIGINT) THEN :param_288::INTEGER ELSE :param_289::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37::BIGINT) THEN :param_290::INTEGER ELSE :param_291::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38::BIGINT) THEN :param_292::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39::BIGINT) THEN :param_293::INTEGER ELSE :param_294::INTEGER END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, pending.first_w AS first_w, CASE WHEN (pending.last_at < :last_at_1::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_2::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_3::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_4::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_5::BIGINT) THEN :param_295::INTEGER ELSE :param_296::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_6::BIGINT) THEN :param_297::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_7::BIGINT) THEN :param_298::INTEGER ELSE :param_299::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_8::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_9::BIGINT) THEN :param_300::INTEGER ELSE :param_301::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_10::BIGINT) THEN :param_302::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_11::BIGINT) THEN :param_303::INTEGER ELSE :param_304::INTEGER END END END END ELSE CASE WHEN (pending.last_at < :last_at_12::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_13::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_14::BIGINT) THEN :param_305::INTEGER ELSE :param_306::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_15::BIGINT) THEN :param_307::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_16::BIGINT) THEN :param_308::INTEGER ELSE :param_309::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_17::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_18::BIGINT) THEN :param_310::INTEGER ELSE :param_311::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_19::BIGINT) THEN :param_312::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_20::BIGINT) THEN :param_313::INTEGER ELSE :param_314::INTEGER END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_22::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_23::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_24::BIGINT) THEN :param_315::INTEGER ELSE :param_316::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_25::BIGINT) THEN :param_317::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_26::BIGINT) THEN :param_318::INTEGER ELSE :param_319::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_27::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_28::BIGINT) THEN :param_320::INTEGER ELSE :param_321::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_29::BIGINT) THEN :param_322::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_30::BIGINT) THEN :param_323::INTEGER ELSE :param_324::INTEGER END END END END ELSE CASE WHEN (pending.last_at < :last_at_31::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_32::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_33::BIGINT) THEN :param_325::INTEGER ELSE :param_326::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_34::BIGINT) THEN :param_327::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_35::BIGINT) THEN :param_328::INTEGER ELSE :param_329::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_36::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_37::BIGINT) THEN :param_330::INTEGER ELSE :param_331::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_38::BIGINT) THEN :param_332::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_39::BIGINT) THEN :param_333::INTEGER ELSE :param_334::INTEGER END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost 
WHERE lost.excluded_by IS NULL) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6::INTEGER AND :param_335::INTEGER - :last_m_1::INTEGER * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40::BIGINT OR (xyz_months.last_m - xyz_months.first_m) + :param_336::INTEGER < :param_337::INTEGER OR :param_338::INTEGER * (:param_339::INTEGER - xyz_months.first_m) > :n_w_7::INTEGER * xyz_months.n_w OR :param_340::INTEGER * (:param_339::INTEGER - xyz_months.first_m) > :param_341::INTEGER * ((xyz_months.last_m - xyz_months.first_m) + :param_336::INTEGER))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_45::BIGINT AND orders.placed_at < :placed_at_46::BIGINT GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_215::INTEGER ELSE :param_216::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_217::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_218::INTEGER ELSE :param_219::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN :param_220::INTEGER ELSE :param_221::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_222::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_223::INTEGER ELSE :param_224::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_225::INTEGER ELSE :param_226::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_227::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_228::INTEGER ELSE :param_229::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN :param_230::INTEGER ELSE :param_231::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN :param_232::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_233::INTEGER ELSE :param_234::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_235::INTEGER ELSE :param_236::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_237::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_238::INTEGER ELSE :param_239::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN :param_240::INTEGER ELSE :param_241::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_242::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_243::INTEGER ELSE :param_244::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_245::INTEGER ELSE :param_246::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_247::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_248::INTEGER ELSE :param_249::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_41::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_42::BIGINT) THEN :param_250::INTEGER ELSE :param_251::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_43::BIGINT) THEN :param_252::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_44::BIGINT) THEN :param_253::INTEGER ELSE :param_254::INTEGER END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_63::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_64::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_65::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_66 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_67::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_68 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_69::VARCHAR ELSE :param_70::VARCHAR END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_63::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_64::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_65::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_66 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_67::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_68 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_69::VARCHAR ELSE :param_70::VARCHAR END NOT IN (__[POSTCOMPILE_param_71]))) THEN :param_72::VARCHAR END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1::VARCHAR) THEN :param_45::INTEGER ELSE :param_46::INTEGER END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2::VARCHAR) THEN :param_47::INTEGER ELSE :param_48::INTEGER END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3::VARCHAR) THEN :param_49::INTEGER ELSE :param_50::INTEGER END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4::VARCHAR) THEN :param_51::INTEGER ELSE :param_52::INTEGER END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5::VARCHAR) THEN :param_53::INTEGER ELSE :param_54::INTEGER END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6::VARCHAR) THEN :param_55::INTEGER ELSE :param_56::INTEGER END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7::VARCHAR) THEN :param_57::INTEGER ELSE :param_58::INTEGER END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8::VARCHAR) THEN :param_59::INTEGER ELSE :param_60::INTEGER END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_61::INTEGER ELSE :param_62::INTEGER END) AS t_remaining 
FROM staged), 
target AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_7::BIGINT AND staged.peers > :peers_5::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_345::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_346::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6::BIGINT) * staged.rev_w) * :param_347::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_348::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_349::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_350::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6::BIGINT) * staged.rev_w) * :param_351::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_352::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_353::INTEGER END AS abc_place, CASE WHEN (staged.charged IS NULL) THEN :param_342::INTEGER ELSE :param_343::INTEGER END AS kind 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE (clients.external_id COLLATE "C") = :param_354::VARCHAR), 
top AS 
(SELECT target.client_id AS client_id, target.n_w AS n_w, target.rev_w AS rev_w, target.last_at AS last_at, target.first_w AS first_w, target.score AS score, target.positive_upto AS positive_upto, target.peers AS peers, target.excluded_by AS excluded_by, target.f_recency AS f_recency, target.f_overdue AS f_overdue, target.f_nps AS f_nps, target.f_conflict AS f_conflict, target.f_inquiries AS f_inquiries, target.f_unreachable AS f_unreachable, target.xyz AS xyz, target.charged AS charged, target.external_id AS external_id, target.name AS name, target.email AS email, target.phone AS phone, target.telegram_chat_id AS telegram_chat_id, target.timezone AS timezone, target.locale AS locale, target.manager AS manager, target.email_consent AS email_consent, target.sms_consent AS sms_consent, target.telegram_consent AS telegram_consent, target.abc_place AS abc_place, target.kind AS kind, (SELECT count(*) AS count_3 
FROM staged 
WHERE CASE WHEN (staged.charged IS NULL) THEN :param_342::INTEGER ELSE :param_343::INTEGER END = target.kind AND (staged.score > target.score OR staged.score = target.score AND (staged.rev_w > target.rev_w OR staged.rev_w = target.rev_w AND (SELECT clients.external_id COLLATE "C" AS anon_3 
FROM clients 
WHERE clients.id = staged.client_id) < (target.external_id COLLATE "C")))) + :param_344::INTEGER AS rank 
FROM target)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.charged, top.rank, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1::VARCHAR WHEN (top.rev_w <= :rev_w_1::BIGINT) THEN :param_2::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_30::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_31::BIGINT) THEN :param_32::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_33::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_34::BIGINT) THEN :param_35::VARCHAR ELSE :param_36::VARCHAR END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_37::BIGINT - top.last_at) / :param_38::BIGINT END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_39::INTEGER ELSE :param_40::INTEGER END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3::VARCHAR AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_4::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_41::INTEGER ELSE :param_42::INTEGER END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_43::INTEGER ELSE :param_44::INTEGER END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON true ORDER BY top.rank;
-- parameters
-- answered_at_1 = 1719781200
-- answered_at_2 = 1751317200
-- bits_1 = 1
-- bits_2 = 2
-- bits_3 = 8
-- bits_4 = 1
-- bits_5 = 2
-- bits_6 = 4
-- bits_7 = 8
-- campaign_1 = 'everything-windowed'
-- campaign_2 = 'everything-windowed'
-- channel_1 = 'sms'
-- channel_10 = 'email'
-- channel_11 = 'telegram'
-- channel_12 = 'telegram'
-- channel_2 = 'sms'
-- channel_3 = 'email'
-- channel_4 = 'email'
-- channel_5 = 'telegram'
-- channel_6 = 'telegram'
-- channel_7 = 'sms'
-- channel_8 = 'sms'
-- channel_9 = 'email'
-- charged_1 = 'not_all_criteria'
-- charged_2 = 'tags'
-- charged_3 = 'min_orders'
-- charged_4 = 'min_revenue'
-- charged_5 = 'abc'
-- charged_6 = 'cooldown'
-- charged_7 = 'opted_out'
-- charged_8 = 'xyz'
-- coalesce_1 = 0
-- coalesce_10 = 0
-- coalesce_11 = 0
-- coalesce_12 = 0.0
-- coalesce_13 = 2
-- coalesce_14 = 150050
-- coalesce_15 = ''
-- coalesce_16 = 'no_channel'
-- coalesce_2 = 0
-- coalesce_3 = 0.0
-- coalesce_4 = 2
-- coalesce_5 = 150050
-- coalesce_6 = ''
-- coalesce_7 = 'no_channel'
-- coalesce_8 = ''
-- coalesce_9 = 'reached'
-- count_1 = 3
-- count_2 = 3
-- created_at_1 = 1748759400
-- created_at_2 = 1748759400
-- first_w_1 = 1698786000
-- first_w_10 = 1667250000
-- first_w_11 = 1669842000
-- first_w_12 = 1685566800
-- first_w_13 = 1677618000
-- first_w_14 = 1675198800
-- first_w_15 = 1680296400
-- first_w_16 = 1682888400
-- first_w_17 = 1690837200
-- first_w_18 = 1688158800
-- first_w_19 = 1693515600
-- first_w_2 = 1672520400
-- first_w_20 = 1696107600
-- first_w_21 = 1725138000
-- first_w_22 = 1711918800
-- first_w_23 = 1704056400
-- first_w_24 = 1701378000
-- first_w_25 = 1706734800
-- first_w_26 = 1709240400
-- first_w_27 = 1717189200
-- first_w_28 = 1714510800
-- first_w_29 = 1719781200
-- first_w_3 = 1659301200
-- first_w_30 = 1722459600
-- first_w_31 = 1738357200
-- first_w_32 = 1730408400
-- first_w_33 = 1727730000
-- first_w_34 = 1733000400
-- first_w_35 = 1735678800
-- first_w_36 = 1743454800
-- first_w_37 = 1740776400
-- first_w_38 = 1746046800
-- first_w_39 = 1748725200
-- first_w_4 = 1651352400
-- first_w_40 = 1751317200
-- first_w_5 = 1648760400
-- first_w_6 = 1654030800
-- first_w_7 = 1656622800
-- first_w_8 = 1664571600
-- first_w_9 = 1661979600
-- k_1 = 3
-- kind_1 = ['complaint', 'conflict']
-- kind_2 = 'inquiry'
-- kind_3 = 'contact_attempt'
-- last_at_1 = 1698786000
-- last_at_10 = 1667250000
-- last_at_11 = 1669842000
-- last_at_12 = 1685566800
-- last_at_13 = 1677618000
-- last_at_14 = 1675198800
-- last_at_15 = 1680296400
-- last_at_16 = 1682888400
-- last_at_17 = 1690837200
-- last_at_18 = 1688158800
-- last_at_19 = 1693515600
-- last_at_2 = 1672520400
-- last_at_20 = 1696107600
-- last_at_21 = 1725138000
-- last_at_22 = 1711918800
-- last_at_23 = 1704056400
-- last_at_24 = 1701378000
-- last_at_25 = 1706734800
-- last_at_26 = 1709240400
-- last_at_27 = 1717189200
-- last_at_28 = 1714510800
-- last_at_29 = 1719781200
-- last_at_3 = 1659301200
-- last_at_30 = 1722459600
-- last_at_31 = 1738357200
-- last_at_32 = 1730408400
-- last_at_33 = 1727730000
-- last_at_34 = 1733000400
-- last_at_35 = 1735678800
-- last_at_36 = 1743454800
-- last_at_37 = 1740776400
-- last_at_38 = 1746046800
-- last_at_39 = 1748725200
-- last_at_4 = 1651352400
-- last_at_5 = 1648760400
-- last_at_6 = 1654030800
-- last_at_7 = 1656622800
-- last_at_8 = 1664571600
-- last_at_9 = 1661979600
-- last_m_1 = 16
-- min_1 = 39
-- n_1 = 2
-- n_all_1 = 4
-- n_all_2 = 1
-- n_w_1 = 0
-- n_w_2 = 0
-- n_w_3 = 0
-- n_w_4 = 0
-- n_w_5 = 0
-- n_w_6 = 3
-- n_w_7 = 17
-- occurred_at_1 = 1751317200
-- occurred_at_2 = 1743541200
-- occurred_at_3 = 1751317200
-- occurred_at_4 = 1751317200
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 1751317200
-- param_100 = 20
-- param_101 = 19
-- param_102 = 1
-- param_103 = 1
-- param_104 = 1
-- param_105 = 1
-- param_106 = 0
-- param_107 = 0
-- param_108 = 5
-- param_109 = 4
-- param_11 = 86400
-- param_110 = 5
-- param_111 = 4
-- param_112 = 20
-- param_113 = 19
-- param_114 = 20
-- param_115 = 19
-- param_116 = 0
-- param_117 = 5
-- param_118 = 4
-- param_119 = 'A'
-- param_12 = 86400
-- param_120 = 20
-- param_121 = 19
-- param_122 = 'B'
-- param_123 = 'C'
-- param_124 = ['A', 'B']
-- param_125 = 'abc'
-- param_126 = 'cooldown'
-- param_127 = 0
-- param_128 = 1
-- param_129 = 2
-- param_13 = 1
-- param_130 = 'opted_out'
-- param_131 = 1
-- param_132 = 0
-- param_133 = 1
-- param_134 = 0
-- param_135 = 1
-- param_136 = 0
-- param_137 = 1
-- param_138 = 0
-- param_139 = 1
-- param_14 = 2
-- param_140 = 0
-- param_141 = 1
-- param_142 = 0
-- param_143 = 1
-- param_144 = 1
-- param_145 = 0.0
-- param_146 = 1
-- param_147 = 0
-- param_148 = 2
-- param_149 = 4
-- param_15 = 1
-- param_150 = 0
-- param_151 = 8
-- param_152 = 1
-- param_153 = 0
-- param_154 = 0.25
-- param_155 = 0
-- param_156 = 1
-- param_157 = 1
-- param_158 = 0.0
-- param_159 = 0.0
-- param_16 = 2.5
-- param_160 = 0.75
-- param_161 = 0.0
-- param_162 = 1751317200
-- param_163 = 86400
-- param_164 = 60
-- param_165 = 900
-- param_166 = 1
-- param_167 = 0
-- param_168 = 0
-- param_169 = 0
-- param_17 = 86400
-- param_170 = 0
-- param_171 = 'not_all_criteria'
-- param_172 = 'tags'
-- param_173 = 'tags'
-- param_174 = 'min_orders'
-- param_175 = 'min_revenue'
-- param_176 = 'C'
-- param_177 = 0
-- param_178 = 'C'
-- param_179 = 0
-- param_18 = 1
-- param_180 = 1
-- param_181 = 5
-- param_182 = 4
-- param_183 = 1
-- param_184 = 5
-- param_185 = 4
-- param_186 = 20
-- param_187 = 19
-- param_188 = 20
-- param_189 = 19
-- param_19 = 0
-- param_190 = 0
-- param_191 = 5
-- param_192 = 4
-- param_193 = 'A'
-- param_194 = 20
-- param_195 = 19
-- param_196 = 'B'
-- param_197 = 'C'
-- param_198 = ['A', 'B']
-- param_199 = 'abc'
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 'cooldown'
-- param_201 = 'opted_out'
-- param_202 = 1
-- param_203 = 0
-- param_204 = 1
-- param_205 = 0
-- param_206 = 1
-- param_207 = 0
-- param_208 = 1
-- param_209 = 0
-- param_21 = 2
-- param_210 = 1
-- param_211 = 0
-- param_212 = 1
-- param_213 = 0
-- param_214 = 1
-- param_215 = 0
-- param_216 = 1
-- param_217 = 2
-- param_218 = 3
-- param_219 = 4
-- param_22 = 1
-- param_220 = 5
-- param_221 = 6
-- param_222 = 7
-- param_223 = 8
-- param_224 = 9
-- param_225 = 10
-- param_226 = 11
-- param_227 = 12
-- param_228 = 13
-- param_229 = 14
-- param_23 = 2.5
-- param_230 = 15
-- param_231 = 16
-- param_232 = 17
-- param_233 = 18
-- param_234 = 19
-- param_235 = 20
-- param_236 = 21
-- param_237 = 22
-- param_238 = 23
-- param_239 = 24
-- param_24 = 172800
-- param_240 = 25
-- param_241 = 26
-- param_242 = 27
-- param_243 = 28
-- param_244 = 29
-- param_245 = 30
-- param_246 = 31
-- param_247 = 32
-- param_248 = 33
-- param_249 = 34
-- param_25 = 1
-- param_250 = 35
-- param_251 = 36
-- param_252 = 37
-- param_253 = 38
-- param_254 = 39
-- param_255 = 0
-- param_256 = 1
-- param_257 = 2
-- param_258 = 3
-- param_259 = 4
-- param_26 = 0
-- param_260 = 5
-- param_261 = 6
-- param_262 = 7
-- param_263 = 8
-- param_264 = 9
-- param_265 = 10
-- param_266 = 11
-- param_267 = 12
-- param_268 = 13
-- param_269 = 14
-- param_27 = 0
-- param_270 = 15
-- param_271 = 16
-- param_272 = 17
-- param_273 = 18
-- param_274 = 19
-- param_275 = 20
-- param_276 = 21
-- param_277 = 22
-- param_278 = 23
-- param_279 = 24
-- param_28 = 1
-- param_280 = 25
-- param_281 = 26
-- param_282 = 27
-- param_283 = 28
-- param_284 = 29
-- param_285 = 30
-- param_286 = 31
-- param_287 = 32
-- param_288 = 33
-- param_289 = 34
-- param_29 = 0
-- param_290 = 35
-- param_291 = 36
-- param_292 = 37
-- param_293 = 38
-- param_294 = 39
-- param_295 = 0
-- param_296 = 1
-- param_297 = 2
-- param_298 = 3
-- param_299 = 4
-- param_3 = 1
-- param_30 = 5
-- param_300 = 5
-- param_301 = 6
-- param_302 = 7
-- param_303 = 8
-- param_304 = 9
-- param_305 = 10
-- param_306 = 11
-- param_307 = 12
-- param_308 = 13
-- param_309 = 14
-- param_31 = 4
-- param_310 = 15
-- param_311 = 16
-- param_312 = 17
-- param_313 = 18
-- param_314 = 19
-- param_315 = 20
-- param_316 = 21
-- param_317 = 22
-- param_318 = 23
-- param_319 = 24
-- param_32 = 'A'
-- param_320 = 25
-- param_321 = 26
-- param_322 = 27
-- param_323 = 28
-- param_324 = 29
-- param_325 = 30
-- param_326 = 31
-- param_327 = 32
-- param_328 = 33
-- param_329 = 34
-- param_33 = 20
-- param_330 = 35
-- param_331 = 36
-- param_332 = 37
-- param_333 = 38
-- param_334 = 39
-- param_335 = 624
-- param_336 = 1
-- param_337 = 3
-- param_338 = 16
-- param_339 = 40
-- param_34 = 19
-- param_340 = 16
-- param_341 = 17
-- param_342 = 0
-- param_343 = 1
-- param_344 = 1
-- param_345 = 5
-- param_346 = 4
-- param_347 = 5
-- param_348 = 4
-- param_349 = 20
-- param_35 = 'B'
-- param_350 = 19
-- param_351 = 20
-- param_352 = 19
-- param_353 = 0
-- param_354 = 'C-00042'
-- param_36 = 'C'
-- param_37 = 1751317200
-- param_38 = 86400
-- param_39 = 1
-- param_4 = 0
-- param_40 = 0
-- param_41 = 1
-- param_42 = 0
-- param_43 = 1
-- param_44 = 0
-- param_45 = 1
-- param_46 = 0
-- param_47 = 1
-- param_48 = 0
-- param_49 = 1
-- param_5 = 0
-- param_50 = 0
-- param_51 = 1
-- param_52 = 0
-- param_53 = 1
-- param_54 = 0
-- param_55 = 1
-- param_56 = 0
-- param_57 = 1
-- param_58 = 0
-- param_59 = 1
-- param_6 = 0
-- param_60 = 0
-- param_61 = 1
-- param_62 = 0
-- param_63 = 'Z'
-- param_64 = 'Z'
-- param_65 = 'Z'
-- param_66 = 0.01
-- param_67 = 'X'
-- param_68 = 0.0625
-- param_69 = 'Y'
-- param_7 = 2.5
-- param_70 = 'Z'
-- param_71 = ['X', 'Y']
-- param_72 = 'xyz'
-- param_73 = 0.25
-- param_74 = 1
-- param_75 = 1
-- param_76 = 0.0
-- param_77 = 0.0
-- param_78 = 0.75
-- param_79 = 0.0
-- param_8 = 1
-- param_80 = 1751317200
-- param_81 = 86400
-- param_82 = 60
-- param_83 = 900
-- param_84 = 0
-- param_85 = 0
-- param_86 = 0
-- param_87 = 'not_all_criteria'
-- param_88 = 'tags'
-- param_89 = 'tags'
-- param_9 = 2
-- param_90 = 'min_orders'
-- param_91 = 'min_revenue'
-- param_92 = 'C'
-- param_93 = 'C'
-- param_94 = 5
-- param_95 = 4
-- param_96 = 5
-- param_97 = 4
-- param_98 = 20
-- param_99 = 19
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- peers_5 = 1
-- peers_6 = 1
-- placed_at_1 = 1751317200
-- placed_at_10 = 1648760400
-- placed_at_11 = 1654030800
-- placed_at_12 = 1656622800
-- placed_at_13 = 1664571600
-- placed_at_14 = 1661979600
-- placed_at_15 = 1667250000
-- placed_at_16 = 1669842000
-- placed_at_17 = 1685566800
-- placed_at_18 = 1677618000
-- placed_at_19 = 1675198800
-- placed_at_2 = 1719781200
-- placed_at_20 = 1680296400
-- placed_at_21 = 1682888400
-- placed_at_22 = 1690837200
-- placed_at_23 = 1688158800
-- placed_at_24 = 1693515600
-- placed_at_25 = 1696107600
-- placed_at_26 = 1725138000
-- placed_at_27 = 1711918800
-- placed_at_28 = 1704056400
-- placed_at_29 = 1701378000
-- placed_at_3 = 1719781200
-- placed_at_30 = 1706734800
-- placed_at_31 = 1709240400
-- placed_at_32 = 1717189200
-- placed_at_33 = 1714510800
-- placed_at_34 = 1719781200
-- placed_at_35 = 1722459600
-- placed_at_36 = 1738357200
-- placed_at_37 = 1730408400
-- placed_at_38 = 1727730000
-- placed_at_39 = 1733000400
-- placed_at_4 = 1751317200
-- placed_at_40 = 1735678800
-- placed_at_41 = 1743454800
-- placed_at_42 = 1740776400
-- placed_at_43 = 1746046800
-- placed_at_44 = 1748725200
-- placed_at_45 = 1719781200
-- placed_at_46 = 1751317200
-- placed_at_5 = 1751317200
-- placed_at_6 = 1698786000
-- placed_at_7 = 1672520400
-- placed_at_8 = 1659301200
-- placed_at_9 = 1651352400
-- rev_w_1 = 0
-- rev_w_2 = 0
-- rev_w_3 = 0
-- rev_w_4 = 0
-- rev_w_5 = 0
-- rev_w_6 = 0
-- rev_w_7 = 0
-- rn_1 = 1
-- rn_2 = 3
-- s_1 = 0
-- score_1 = 6
-- sum_1 = 2
-- sum_2 = 0
-- tag_1 = ['retail', 'vip']
-- tag_2 = ['key-account']
-- tag_3 = ['retail', 'vip']
-- tag_4 = ['key-account']
