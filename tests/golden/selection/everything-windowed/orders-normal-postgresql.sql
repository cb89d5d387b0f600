-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='orders', excluded=False, client=None)
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
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_138::INTEGER AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_139::INTEGER) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4::INTEGER) THEN :param_140::INTEGER ELSE :param_141::INTEGER END AS active, CASE WHEN (agg.rev_w > :rev_w_6::BIGINT) THEN agg.rev_w ELSE :param_142::INTEGER END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id COLLATE "C" AS anon_4 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_143::INTEGER AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_7::BIGINT AND scored_again.peers > :peers_5::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_144::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_145::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_6::INTEGER) * scored_again.rev_w) * :param_146::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_147::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_148::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_149::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_6::INTEGER) * scored_again.rev_w) * :param_150::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_151::BIGINT)), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_152::INTEGER) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE PRECISION) / CAST(CAST(sum(hist.cnt) OVER () - :param_153::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_154 AS DOUBLE PRECISION) END AS pr_n 
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
HAVING count(*) = :count_2::INTEGER AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_8::VARCHAR) = :coalesce_9::VARCHAR) THEN :param_161::INTEGER ELSE :param_162::INTEGER END) = :sum_2::INTEGER), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1::SMALLINT AND nps.answered_at >= :answered_at_1::BIGINT) THEN :param_155::INTEGER ELSE :param_156::INTEGER END AS bits 
FROM nps UNION ALL SELECT conflict.client_id AS client_id, :param_157::INTEGER AS bits 
FROM conflict UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1::INTEGER) THEN :param_158::INTEGER ELSE :param_159::INTEGER END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_160::INTEGER AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1::INTEGER) AS n_w, coalesce(scored.rev_w, :coalesce_2::INTEGER) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_82 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_2::INTEGER) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_83::INTEGER) THEN CAST(scored.below AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_84::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_85 AS DOUBLE PRECISION) END ELSE CAST(:param_86 AS DOUBLE PRECISION) END + CAST(:param_87 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_3::INTEGER) THEN pr_n.pr_n ELSE CAST(:param_88 AS DOUBLE PRECISION) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND (:param_89::BIGINT - scored.last_at) / :param_90::BIGINT >= :param_91::BIGINT AND (:param_89::BIGINT - scored.last_at) / :param_90::BIGINT <= :param_92::BIGINT, false) AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) AND coalesce((crit.bits & :bits_1::INTEGER) != :param_93::INTEGER, false) AND coalesce((crit.bits & :bits_2::INTEGER) != :param_94::INTEGER, false) AND coalesce(false, false) AND coalesce((crit.bits & :bits_3::INTEGER) != :param_95::INTEGER, false))) THEN :param_96::VARCHAR WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_97::VARCHAR WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_98::VARCHAR WHEN (coalesce(scored.n_w, :coalesce_1::INTEGER) < :coalesce_4::INTEGER) THEN :param_99::VARCHAR WHEN (coalesce(scored.rev_w, :coalesce_2::INTEGER) < :coalesce_5::BIGINT) THEN :param_100::VARCHAR WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_101::VARCHAR WHEN (scored.rev_w <= :rev_w_4::BIGINT) THEN :param_102::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_5::BIGINT AND scored.peers > :peers_3::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_103::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_104::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_105::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_106::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_107::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_108::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_109::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_110::BIGINT)) THEN boundary.place ELSE :param_111::INTEGER END * scored.rev_w) * :param_112::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_113::BIGINT) THEN :param_114::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_5::BIGINT AND scored.peers > :peers_3::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_103::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_104::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_105::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_106::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_107::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_108::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_109::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_110::BIGINT)) THEN boundary.place ELSE :param_111::INTEGER END * scored.rev_w) * :param_115::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_116::BIGINT) THEN :param_117::VARCHAR ELSE :param_118::VARCHAR END NOT IN (__[POSTCOMPILE_param_119]))) THEN :param_120::VARCHAR WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1::VARCHAR AND assignments.created_at >= :created_at_1::BIGINT AND coalesce(assignments.outcome, :coalesce_6::VARCHAR) != :coalesce_7::VARCHAR)) THEN :param_121::VARCHAR WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_122::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_123::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_124::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_125::VARCHAR END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_89::BIGINT - scored.last_at) / :param_90::BIGINT >= :param_91::BIGINT AND (:param_89::BIGINT - scored.last_at) / :param_90::BIGINT <= :param_92::BIGINT, false) THEN :param_126::INTEGER ELSE :param_127::INTEGER END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) THEN :param_128::INTEGER ELSE :param_129::INTEGER END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1::INTEGER) != :param_93::INTEGER, false) THEN :param_130::INTEGER ELSE :param_131::INTEGER END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2::INTEGER) != :param_94::INTEGER, false) THEN :param_132::INTEGER ELSE :param_133::INTEGER END AS f_conflict, CASE WHEN coalesce(false, false) THEN :param_134::INTEGER ELSE :param_135::INTEGER END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_3::INTEGER) != :param_95::INTEGER, false) THEN :param_136::INTEGER ELSE :param_137::INTEGER END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_138::INTEGER AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_139::INTEGER) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4::INTEGER) THEN :param_140::INTEGER ELSE :param_141::INTEGER END AS active, CASE WHEN (agg.rev_w > :rev_w_6::BIGINT) THEN agg.rev_w ELSE :param_142::INTEGER END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN boundary ON boundary.client_id = scored.client_id LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_89::BIGINT - scored.last_at) / :param_90::BIGINT >= :param_91::BIGINT AND (:param_89::BIGINT - scored.last_at) / :param_90::BIGINT <= :param_92::BIGINT, false) OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) OR coalesce((crit.bits & :bits_1::INTEGER) != :param_93::INTEGER, false) OR coalesce((crit.bits & :bits_2::INTEGER) != :param_94::INTEGER, false) OR coalesce(false, false) OR coalesce((crit.bits & :bits_3::INTEGER) != :param_95::INTEGER, false) UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_10::INTEGER) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_11::INTEGER) AS rev_w, CAST(NULL AS BIGINT) AS last_at, CAST(NULL AS BIGINT) AS first_w, coalesce(CAST(:param_163 AS DOUBLE PRECISION) * CASE WHEN (CAST(NULL AS BIGINT) > :param_164::BIGINT) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_165::INTEGER) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_166::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_167 AS DOUBLE PRECISION) END ELSE CAST(:param_168 AS DOUBLE PRECISION) END + CAST(:param_169 AS DOUBLE PRECISION) * CAST(:param_170 AS DOUBLE PRECISION), :coalesce_12) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_171::BIGINT - CAST(NULL AS BIGINT)) / :param_172::BIGINT >= :param_173::BIGINT AND (:param_171::BIGINT - CAST(NULL AS BIGINT)) / :param_172::BIGINT <= :param_174::BIGINT, false) AND coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_175::BIGINT, false) AND coalesce((crit.bits & :bits_4::INTEGER) != :param_176::INTEGER, false) AND coalesce((crit.bits & :bits_5::INTEGER) != :param_177::INTEGER, false) AND coalesce((crit.bits & :bits_6::INTEGER) != :param_178::INTEGER, false) AND coalesce((crit.bits & :bits_7::INTEGER) != :param_179::INTEGER, false))) THEN :param_180::VARCHAR WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_181::VARCHAR WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_182::VARCHAR WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_10::INTEGER) < :coalesce_13::BIGINT) THEN :param_183::VARCHAR WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_11::INTEGER) < :coalesce_14::BIGINT) THEN :param_184::VARCHAR WHEN ((CASE WHEN (CAST(NULL AS BIGINT) IS NULL) THEN :param_185::VARCHAR WHEN (CAST(NULL AS BIGINT) <= :param_186::BIGINT) THEN :param_187::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_188::BIGINT AND CAST(NULL AS BIGINT) > :param_189::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_190::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_191::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_192::BIGINT) * CAST(NULL AS BIGINT)) * :param_193::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_194::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_195::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_196::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_192::BIGINT) * CAST(NULL AS BIGINT)) * :param_197::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_198::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_199::INTEGER END * CAST(NULL AS BIGINT)) * :param_200::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_201::BIGINT) THEN :param_202::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_188::BIGINT AND CAST(NULL AS BIGINT) > :param_189::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_190::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_191::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_192::BIGINT) * CAST(NULL AS BIGINT)) * :param_193::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_194::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_195::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_196::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_192::BIGINT) * CAST(NULL AS BIGINT)) * :param_197::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_198::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_199::INTEGER END * CAST(NULL AS BIGINT)) * :param_203::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_204::BIGINT) THEN :param_205::VARCHAR ELSE :param_206::VARCHAR END NOT IN (__[POSTCOMPILE_param_207]))) THEN :param_208::VARCHAR WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2::VARCHAR AND assignments.created_at >= :created_at_2::BIGINT AND coalesce(assignments.outcome, :coalesce_15::VARCHAR) != :coalesce_16::VARCHAR)) THEN :param_209::VARCHAR WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_122::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_123::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_124::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_210::VARCHAR END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_171::BIGINT - CAST(NULL AS BIGINT)) / :param_172::BIGINT >= :param_173::BIGINT AND (:param_171::BIGINT - CAST(NULL AS BIGINT)) / :param_172::BIGINT <= :param_174::BIGINT, false) THEN :param_211::INTEGER ELSE :param_212::INTEGER END AS f_recency, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_175::BIGINT, false) THEN :param_213::INTEGER ELSE :param_214::INTEGER END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_4::INTEGER) != :param_176::INTEGER, false) THEN :param_215::INTEGER ELSE :param_216::INTEGER END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_5::INTEGER) != :param_177::INTEGER, false) THEN :param_217::INTEGER ELSE :param_218::INTEGER END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_6::INTEGER) != :param_178::INTEGER, false) THEN :param_219::INTEGER ELSE :param_220::INTEGER END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_7::INTEGER) != :param_179::INTEGER, false) THEN :param_221::INTEGER ELSE :param_222::INTEGER END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_171::BIGINT - CAST(NULL AS BIGINT)) / :param_172::BIGINT >= :param_173::BIGINT AND (:param_171::BIGINT - CAST(NULL AS BIGINT)) / :param_172::BIGINT <= :param_174::BIGINT, false) OR coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_175::BIGINT, false) OR coalesce((crit.bits & :bits_4::INTEGER) != :param_176::INTEGER, false) OR coalesce((crit.bits & :bits_5::INTEGER) != :param_177::INTEGER, false) OR coalesce((crit.bits & :bits_6::INTEGER) != :param_178::INTEGER, false) OR coalesce((crit.bits & :bits_7::INTEGER) != :param_179::INTEGER, false)) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_5::BIGINT))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1::INTEGER - min(monthly.m)) + :param_223::INTEGER AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE PRECISION) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_224::INTEGER ELSE :param_225::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_226::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_227::INTEGER ELSE :param_228::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN :param_229::INTEGER ELSE :param_230::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_231::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_232::INTEGER ELSE :param_233::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_234::INTEGER ELSE :param_235::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_236::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_237::INTEGER ELSE :param_238::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN :param_239::INTEGER ELSE :param_240::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN :param_241::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_242::INTEGER ELSE :param_243::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_244::INTEGER ELSE :param_245::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_246::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_247::INTEGER ELSE :param_248::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN :param_249::INTEGER ELSE :param_250::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_251::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_252::INTEGER ELSE :param_253::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_254::INTEGER ELSE :param_255::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_256::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_257::INTEGER ELSE :param_258::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_41::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_42::BIGINT) THEN :param_259::INTEGER ELSE :param_260::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_43::BIGINT) THEN :param_261::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_44::BIGINT) THEN :param_262::INTEGER ELSE :param_263::INTEGER END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5::BIGINT) THEN :param_264::INTEGER ELSE :param_265::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6::BIGINT) THEN :param_266::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7::BIGINT) THEN :param_267::INTEGER ELSE :param_268::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9::BIGINT) THEN :param_269::INTEGER ELSE :param_270::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10::BIGINT) THEN :param_271::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11::BIGINT) THEN :param_272::INTEGER ELSE :param_273::INTEGER END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14::BIGINT) THEN :param_274::INTEGER ELSE :param_275::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15::BIGINT) THEN :param_276::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16::BIGINT) THEN :param_277::INTEGER ELSE :param_278::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18::BIGINT) THEN :param_279::INTEGER ELSE :param_280::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19::BIGINT) THEN :param_281::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20::BIGINT) THEN :param_282::INTEGER ELSE :param_283::INTEGER END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24::BIGINT) THEN :param_284::INTEGER ELSE :param_285::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25::BIGINT) THEN :param_286::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26::BIGINT) THEN :param_287::INTEGER ELSE :param_288::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28::BIGINT) THEN :param_289::INTEGER ELSE :param_290::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29::BIGINT) THEN :param_291::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30::BIGINT) THEN :param_292::INTEGER ELSE :param_293::INTEGER END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33::BIGINT) THEN :param_294::INTEGER ELSE :param_295::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34::BIGINT) THEN :param_296::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35::BIGINT) THEN :param_297::INTEGER ELSE :param_298::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37::BIGINT) THEN :param_299::INTEGER ELSE :param_300::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38::BIGINT) THEN :param_301::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39::BIGINT) THEN :param_302::INTEGER ELSE :param_303::INTEGER END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, pending.first_w AS first_w, CASE WHEN (pending.last_at < :last_at_1::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_2::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_3::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_4::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_5::BIGINT) THEN :param_304::INTEGER ELSE :param_305::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_6::BIGINT) THEN :param_306::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_7::BIGINT) THEN :param_307::INTEGER ELSE :param_308::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_8::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_9::BIGINT) THEN :param_309::INTEGER ELSE :param_310::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_10::BIGINT) THEN :param_311::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_11::BIGINT) THEN :param_312::INTEGER ELSE :param_313::INTEGER END END END END ELSE CASE WHEN (pending.last_at < :last_at_12::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_13::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_14::BIGINT) THEN :param_314::INTEGER ELSE :param_315::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_15::BIGINT) THEN :param_316::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_16::BIGINT) THEN :param_317::INTEGER ELSE :param_318::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_17::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_18::BIGINT) THEN :param_319::INTEGER ELSE :param_320::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_19::BIGINT) THEN :param_321::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_20::BIGINT) THEN :param_322::INTEGER ELSE :param_323::INTEGER END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_22::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_23::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_24::BIGINT) THEN :param_324::INTEGER ELSE :param_325::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_25::BIGINT) THEN :param_326::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_26::BIGINT) THEN :param_327::INTEGER ELSE :param_328::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_27::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_28::BIGINT) THEN :param_329::INTEGER ELSE :param_330::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_29::BIGINT) THEN :param_331::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_30::BIGINT) THEN :param_332::INTEGER ELSE :param_333::INTEGER END END END END ELSE CASE WHEN (pending.last_at < :last_at_31::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_32::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_33::BIGINT) THEN :param_334::INTEGER ELSE :param_335::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_34::BIGINT) THEN :param_336::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_35::BIGINT) THEN :param_337::INTEGER ELSE :param_338::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_36::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_37::BIGINT) THEN :param_339::INTEGER ELSE :param_340::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_38::BIGINT) THEN :param_341::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_39::BIGINT) THEN :param_342::INTEGER ELSE :param_343::INTEGER END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost 
WHERE lost.excluded_by IS NULL) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6::INTEGER AND :param_344::INTEGER - :last_m_1::INTEGER * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40::BIGINT OR (xyz_months.last_m - xyz_months.first_m) + :param_345::INTEGER < :param_346::INTEGER OR :param_347::INTEGER * (:param_348::INTEGER - xyz_months.first_m) > :n_w_7::INTEGER * xyz_months.n_w OR :param_349::INTEGER * (:param_348::INTEGER - xyz_months.first_m) > :param_350::INTEGER * ((xyz_months.last_m - xyz_months.first_m) + :param_345::INTEGER))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_45::BIGINT AND orders.placed_at < :placed_at_46::BIGINT GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_224::INTEGER ELSE :param_225::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_226::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_227::INTEGER ELSE :param_228::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN :param_229::INTEGER ELSE :param_230::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_231::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_232::INTEGER ELSE :param_233::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_234::INTEGER ELSE :param_235::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_236::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_237::INTEGER ELSE :param_238::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN :param_239::INTEGER ELSE :param_240::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN :param_241::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_242::INTEGER ELSE :param_243::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_244::INTEGER ELSE :param_245::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_246::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_247::INTEGER ELSE :param_248::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN :param_249::INTEGER ELSE :param_250::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_251::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_252::INTEGER ELSE :param_253::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_254::INTEGER ELSE :param_255::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_256::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_257::INTEGER ELSE :param_258::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_41::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_42::BIGINT) THEN :param_259::INTEGER ELSE :param_260::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_43::BIGINT) THEN :param_261::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_44::BIGINT) THEN :param_262::INTEGER ELSE :param_263::INTEGER END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_72::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_73::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_74::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_75 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_76::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_77 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_78::VARCHAR ELSE :param_79::VARCHAR END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_72::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_73::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_74::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_75 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_76::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_77 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_78::VARCHAR ELSE :param_79::VARCHAR END NOT IN (__[POSTCOMPILE_param_80]))) THEN :param_81::VARCHAR END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1::VARCHAR) THEN :param_54::INTEGER ELSE :param_55::INTEGER END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2::VARCHAR) THEN :param_56::INTEGER ELSE :param_57::INTEGER END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3::VARCHAR) THEN :param_58::INTEGER ELSE :param_59::INTEGER END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4::VARCHAR) THEN :param_60::INTEGER ELSE :param_61::INTEGER END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5::VARCHAR) THEN :param_62::INTEGER ELSE :param_63::INTEGER END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6::VARCHAR) THEN :param_64::INTEGER ELSE :param_65::INTEGER END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7::VARCHAR) THEN :param_66::INTEGER ELSE :param_67::INTEGER END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8::VARCHAR) THEN :param_68::INTEGER ELSE :param_69::INTEGER END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_70::INTEGER ELSE :param_71::INTEGER END) AS t_remaining 
FROM staged), 
cut AS 
(SELECT staged.score AS score, staged.rev_w AS rev_w 
FROM staged 
WHERE staged.charged IS NULL AND (SELECT totals.t_remaining 
FROM totals) >= :param_351::INTEGER ORDER BY staged.score DESC, staged.rev_w DESC 
 LIMIT :param_352::INTEGER OFFSET :param_353::INTEGER), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NULL AND (NOT (EXISTS (SELECT * 
FROM cut)) OR staged.score > (SELECT cut.score 
FROM cut) OR staged.score = (SELECT cut.score 
FROM cut) AND staged.rev_w >= (SELECT cut.rev_w 
FROM cut)))
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1::VARCHAR WHEN (top.rev_w <= :rev_w_1::BIGINT) THEN :param_2::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_30::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_31::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_32::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_33::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_34::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_35::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_36::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_37::BIGINT)) THEN boundary.place ELSE :param_38::INTEGER END * top.rev_w) * :param_39::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_40::BIGINT) THEN :param_41::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_30::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_31::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_32::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_33::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_34::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_35::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_36::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_37::BIGINT)) THEN boundary.place ELSE :param_38::INTEGER END * top.rev_w) * :param_42::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_43::BIGINT) THEN :param_44::VARCHAR ELSE :param_45::VARCHAR END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_46::BIGINT - top.last_at) / :param_47::BIGINT END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_48::INTEGER ELSE :param_49::INTEGER END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3::VARCHAR AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1::VARCHAR AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_4::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_50::INTEGER ELSE :param_51::INTEGER END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_52::INTEGER ELSE :param_53::INTEGER END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON true LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id ORDER BY top.score DESC, top.rev_w DESC, top.external_id COLLATE "C" 
 LIMIT :param_354::INTEGER;
-- parameters
-- address_1 = ''
-- address_2 = ''
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
-- param_100 = 'min_revenue'
-- param_101 = 'C'
-- param_102 = 'C'
-- param_103 = 5
-- param_104 = 4
-- param_105 = 5
-- param_106 = 4
-- param_107 = 20
-- param_108 = 19
-- param_109 = 20
-- param_11 = 86400
-- param_110 = 19
-- param_111 = 0
-- param_112 = 5
-- param_113 = 4
-- param_114 = 'A'
-- param_115 = 20
-- param_116 = 19
-- param_117 = 'B'
-- param_118 = 'C'
-- param_119 = ['A', 'B']
-- param_12 = 86400
-- param_120 = 'abc'
-- param_121 = 'cooldown'
-- param_122 = 0
-- param_123 = 1
-- param_124 = 2
-- param_125 = 'opted_out'
-- param_126 = 1
-- param_127 = 0
-- param_128 = 1
-- param_129 = 0
-- param_13 = 1
-- param_130 = 1
-- param_131 = 0
-- param_132 = 1
-- param_133 = 0
-- param_134 = 1
-- param_135 = 0
-- param_136 = 1
-- param_137 = 0
-- param_138 = 1
-- param_139 = 1
-- param_14 = 2
-- param_140 = 1
-- param_141 = 0
-- param_142 = 0
-- param_143 = 1
-- param_144 = 5
-- param_145 = 4
-- param_146 = 5
-- param_147 = 4
-- param_148 = 20
-- param_149 = 19
-- param_15 = 1
-- param_150 = 20
-- param_151 = 19
-- param_152 = 1
-- param_153 = 1
-- param_154 = 0.0
-- param_155 = 1
-- param_156 = 0
-- param_157 = 2
-- param_158 = 4
-- param_159 = 0
-- param_16 = 2.5
-- param_160 = 8
-- param_161 = 1
-- param_162 = 0
-- param_163 = 0.25
-- param_164 = 0
-- param_165 = 1
-- param_166 = 1
-- param_167 = 0.0
-- param_168 = 0.0
-- param_169 = 0.75
-- param_17 = 86400
-- param_170 = 0.0
-- param_171 = 1751317200
-- param_172 = 86400
-- param_173 = 60
-- param_174 = 900
-- param_175 = 1
-- param_176 = 0
-- param_177 = 0
-- param_178 = 0
-- param_179 = 0
-- param_18 = 1
-- param_180 = 'not_all_criteria'
-- param_181 = 'tags'
-- param_182 = 'tags'
-- param_183 = 'min_orders'
-- param_184 = 'min_revenue'
-- param_185 = 'C'
-- param_186 = 0
-- param_187 = 'C'
-- param_188 = 0
-- param_189 = 1
-- param_19 = 0
-- param_190 = 5
-- param_191 = 4
-- param_192 = 1
-- param_193 = 5
-- param_194 = 4
-- param_195 = 20
-- param_196 = 19
-- param_197 = 20
-- param_198 = 19
-- param_199 = 0
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 5
-- param_201 = 4
-- param_202 = 'A'
-- param_203 = 20
-- param_204 = 19
-- param_205 = 'B'
-- param_206 = 'C'
-- param_207 = ['A', 'B']
-- param_208 = 'abc'
-- param_209 = 'cooldown'
-- param_21 = 2
-- param_210 = 'opted_out'
-- param_211 = 1
-- param_212 = 0
-- param_213 = 1
-- param_214 = 0
-- param_215 = 1
-- param_216 = 0
-- param_217 = 1
-- param_218 = 0
-- param_219 = 1
-- param_22 = 1
-- param_220 = 0
-- param_221 = 1
-- param_222 = 0
-- param_223 = 1
-- param_224 = 0
-- param_225 = 1
-- param_226 = 2
-- param_227 = 3
-- param_228 = 4
-- param_229 = 5
-- param_23 = 2.5
-- param_230 = 6
-- param_231 = 7
-- param_232 = 8
-- param_233 = 9
-- param_234 = 10
-- param_235 = 11
-- param_236 = 12
-- param_237 = 13
-- param_238 = 14
-- param_239 = 15
-- param_24 = 172800
-- param_240 = 16
-- param_241 = 17
-- param_242 = 18
-- param_243 = 19
-- param_244 = 20
-- param_245 = 21
-- param_246 = 22
-- param_247 = 23
-- param_248 = 24
-- param_249 = 25
-- param_25 = 1
-- param_250 = 26
-- param_251 = 27
-- param_252 = 28
-- param_253 = 29
-- param_254 = 30
-- param_255 = 31
-- param_256 = 32
-- param_257 = 33
-- param_258 = 34
-- param_259 = 35
-- param_26 = 0
-- param_260 = 36
-- param_261 = 37
-- param_262 = 38
-- param_263 = 39
-- param_264 = 0
-- param_265 = 1
-- param_266 = 2
-- param_267 = 3
-- param_268 = 4
-- param_269 = 5
-- param_27 = 0
-- param_270 = 6
-- param_271 = 7
-- param_272 = 8
-- param_273 = 9
-- param_274 = 10
-- param_275 = 11
-- param_276 = 12
-- param_277 = 13
-- param_278 = 14
-- param_279 = 15
-- param_28 = 1
-- param_280 = 16
-- param_281 = 17
-- param_282 = 18
-- param_283 = 19
-- param_284 = 20
-- param_285 = 21
-- param_286 = 22
-- param_287 = 23
-- param_288 = 24
-- param_289 = 25
-- param_29 = 0
-- param_290 = 26
-- param_291 = 27
-- param_292 = 28
-- param_293 = 29
-- param_294 = 30
-- param_295 = 31
-- param_296 = 32
-- param_297 = 33
-- param_298 = 34
-- param_299 = 35
-- param_3 = 1
-- param_30 = 5
-- param_300 = 36
-- param_301 = 37
-- param_302 = 38
-- param_303 = 39
-- param_304 = 0
-- param_305 = 1
-- param_306 = 2
-- param_307 = 3
-- param_308 = 4
-- param_309 = 5
-- param_31 = 4
-- param_310 = 6
-- param_311 = 7
-- param_312 = 8
-- param_313 = 9
-- param_314 = 10
-- param_315 = 11
-- param_316 = 12
-- param_317 = 13
-- param_318 = 14
-- param_319 = 15
-- param_32 = 5
-- param_320 = 16
-- param_321 = 17
-- param_322 = 18
-- param_323 = 19
-- param_324 = 20
-- param_325 = 21
-- param_326 = 22
-- param_327 = 23
-- param_328 = 24
-- param_329 = 25
-- param_33 = 4
-- param_330 = 26
-- param_331 = 27
-- param_332 = 28
-- param_333 = 29
-- param_334 = 30
-- param_335 = 31
-- param_336 = 32
-- param_337 = 33
-- param_338 = 34
-- param_339 = 35
-- param_34 = 20
-- param_340 = 36
-- param_341 = 37
-- param_342 = 38
-- param_343 = 39
-- param_344 = 624
-- param_345 = 1
-- param_346 = 3
-- param_347 = 16
-- param_348 = 40
-- param_349 = 16
-- param_35 = 19
-- param_350 = 17
-- param_351 = 250
-- param_352 = 1
-- param_353 = 249
-- param_354 = 250
-- param_36 = 20
-- param_37 = 19
-- param_38 = 0
-- param_39 = 5
-- param_4 = 0
-- param_40 = 4
-- param_41 = 'A'
-- param_42 = 20
-- param_43 = 19
-- param_44 = 'B'
-- param_45 = 'C'
-- param_46 = 1751317200
-- param_47 = 86400
-- param_48 = 1
-- param_49 = 0
-- param_5 = 0
-- param_50 = 1
-- param_51 = 0
-- param_52 = 1
-- param_53 = 0
-- param_54 = 1
-- param_55 = 0
-- param_56 = 1
-- param_57 = 0
-- param_58 = 1
-- param_59 = 0
-- param_6 = 0
-- param_60 = 1
-- param_61 = 0
-- param_62 = 1
-- param_63 = 0
-- param_64 = 1
-- param_65 = 0
-- param_66 = 1
-- param_67 = 0
-- param_68 = 1
-- param_69 = 0
-- param_7 = 2.5
-- param_70 = 1
-- param_71 = 0
-- param_72 = 'Z'
-- param_73 = 'Z'
-- param_74 = 'Z'
-- param_75 = 0.01
-- param_76 = 'X'
-- param_77 = 0.0625
-- param_78 = 'Y'
-- param_79 = 'Z'
-- param_8 = 1
-- param_80 = ['X', 'Y']
-- param_81 = 'xyz'
-- param_82 = 0.25
-- param_83 = 1
-- param_84 = 1
-- param_85 = 0.0
-- param_86 = 0.0
-- param_87 = 0.75
-- param_88 = 0.0
-- param_89 = 1751317200
-- param_9 = 2
-- param_90 = 86400
-- param_91 = 60
-- param_92 = 900
-- param_93 = 0
-- param_94 = 0
-- param_95 = 0
-- param_96 = 'not_all_criteria'
-- param_97 = 'tags'
-- param_98 = 'tags'
-- param_99 = 'min_orders'
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
