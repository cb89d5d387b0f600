-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='orders', excluded=False, client=None)
WITH agg AS 
(SELECT agg0.client_id AS client_id, agg0.n_all AS n_all, agg0.last_at AS last_at, agg0.rev_w AS rev_w, agg0.n_w AS n_w, agg0.first_at AS first_w, CASE WHEN (agg0.n_all < :n_all_1) THEN :param_6 WHEN (CAST(:param_7 AS DOUBLE) * ((agg0.last_at - agg0.first_at) / (((agg0.n_all - :n_all_2) + :param_8) / :param_9)) <= ((:param_10 - agg0.last_at) / :param_11) * :param_12) THEN :param_13 ELSE (SELECT CASE WHEN ((agg0.n_all - :n_all_2) % :param_14 = :param_15 AND :sum_1 * sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN :param_18 ELSE :param_19 END) >= (agg0.n_all - :n_all_2) + :param_20 OR (agg0.n_all - :n_all_2) % :param_14 != :param_15 AND (sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN :param_18 ELSE :param_19 END) >= (agg0.n_all - :n_all_2) / :param_21 + :param_22 OR sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN :param_18 ELSE :param_19 END) = (agg0.n_all - :n_all_2) / :param_21 AND CAST(:param_23 AS DOUBLE) * (max(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN g.gap END) + min(CASE WHEN (g.gap IS NOT NULL AND NOT (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17)) THEN g.gap END)) <= ((:param_10 - agg0.last_at) / :param_11) * :param_24)) THEN :param_25 ELSE :param_26 END AS anon_1 
FROM (SELECT o2.placed_at - lag(o2.placed_at) OVER (ORDER BY o2.placed_at) AS gap 
FROM orders AS o2 
WHERE o2.client_id = agg0.client_id AND o2.placed_at <= :placed_at_1) AS g) END AS overdue 
FROM (SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, min(orders.placed_at) AS first_at, CAST(sum(orders.amount_minor) AS BIGINT) AS rev_w, count(*) AS n_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_2 GROUP BY orders.client_id) AS agg0), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS BIGINT) AS rev_total 
FROM agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_69) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / (CAST(sum(hist.cnt) OVER () - :param_70 AS DOUBLE) + 0.0) ELSE CAST(:param_71 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5 GROUP BY agg.n_w) AS hist), 
nps AS 
(SELECT nps_ranked.client_id AS client_id, nps_ranked.score AS score, nps_ranked.answered_at AS answered_at 
FROM (SELECT nps_answers.client_id AS client_id, nps_answers.score AS score, nps_answers.answered_at AS answered_at, row_number() OVER (PARTITION BY nps_answers.client_id ORDER BY nps_answers.answered_at DESC) AS rn 
FROM nps_answers 
WHERE nps_answers.answered_at <= :answered_at_2) AS nps_ranked 
WHERE nps_ranked.rn = :rn_1), 
"conflict" AS 
(SELECT incidents.client_id AS client_id 
FROM incidents 
WHERE incidents.kind IN (__[POSTCOMPILE_kind_1]) AND incidents.occurred_at <= :occurred_at_1 AND incidents.occurred_at >= :occurred_at_2 GROUP BY incidents.client_id), 
inquiries AS 
(SELECT incidents.client_id AS client_id, count(*) AS n 
FROM incidents 
WHERE incidents.kind = :kind_2 AND incidents.occurred_at <= :occurred_at_3 GROUP BY incidents.client_id), 
unreachable AS 
(SELECT attempts.client_id AS client_id 
FROM (SELECT incidents.client_id AS client_id, incidents.outcome AS outcome, row_number() OVER (PARTITION BY incidents.client_id ORDER BY incidents.occurred_at DESC) AS rn 
FROM incidents 
WHERE incidents.kind = :kind_3 AND incidents.occurred_at <= :occurred_at_4) AS attempts 
WHERE attempts.rn <= :rn_2 GROUP BY attempts.client_id 
HAVING count(*) = :count_1 AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_4) = :coalesce_5) THEN :param_83 ELSE :param_84 END) = :sum_2), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_77 ELSE :param_78 END AS bits 
FROM nps UNION ALL SELECT "conflict".client_id AS client_id, :param_79 AS bits 
FROM "conflict" UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1) THEN :param_80 ELSE :param_81 END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_82 AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
scored_again AS 
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_107 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_108) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_53) THEN :param_109 ELSE :param_110 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_111 END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_106 AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_6 AND scored_again.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_112 < (SELECT stats.rev_total 
FROM stats) * :param_113 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_114 >= (SELECT stats.rev_total 
FROM stats) * :param_115 OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_116 < (SELECT stats.rev_total 
FROM stats) * :param_117 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_118 >= (SELECT stats.rev_total 
FROM stats) * :param_119)), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_63 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_64) THEN CAST(scored.below AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_65 AS DOUBLE) + 0.0) ELSE CAST(:param_66 AS DOUBLE) END ELSE CAST(:param_67 AS DOUBLE) END + CAST(:param_68 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN CASE WHEN (scored.n_w = :n_w_4) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_6) WHEN (scored.n_w = :n_w_7) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_8) WHEN (scored.n_w = :n_w_9) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_10) WHEN (scored.n_w = :n_w_11) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_12) WHEN (scored.n_w = :n_w_13) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_14) WHEN (scored.n_w = :n_w_15) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_16) WHEN (scored.n_w = :n_w_17) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_18) WHEN (scored.n_w = :n_w_19) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_20) WHEN (scored.n_w = :n_w_21) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_22) WHEN (scored.n_w = :n_w_23) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_24) WHEN (scored.n_w = :n_w_25) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_26) WHEN (scored.n_w = :n_w_27) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_28) WHEN (scored.n_w = :n_w_29) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_30) WHEN (scored.n_w = :n_w_31) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_32) WHEN (scored.n_w = :n_w_33) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_34) WHEN (scored.n_w = :n_w_35) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_36) WHEN (scored.n_w = :n_w_37) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_38) WHEN (scored.n_w = :n_w_39) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_40) WHEN (scored.n_w = :n_w_41) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_42) WHEN (scored.n_w = :n_w_43) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_44) WHEN (scored.n_w = :n_w_45) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_46) WHEN (scored.n_w = :n_w_47) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_48) WHEN (scored.n_w = :n_w_49) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_50) WHEN (scored.n_w = :n_w_51) THEN (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = :n_w_52) ELSE (SELECT pr_n.pr_n 
FROM pr_n 
WHERE pr_n.n_w = scored.n_w) END ELSE CAST(:param_72 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND (:param_73 - scored.last_at) / :param_74 >= :param_75 AND (:param_73 - scored.last_at) / :param_74 <= :param_76, 0) = 1 AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_85) != :param_86, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_87) != :param_88, 0) = 1 AND coalesce(0, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_89) != :param_90, 0) = 1)) THEN :param_91 WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_92 WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_93 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_6) THEN :param_94 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_7) THEN :param_95 WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_96 WHEN (scored.rev_w <= :rev_w_3) THEN :param_97 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_98 < (SELECT stats.rev_total 
FROM stats) * :param_99 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_100 >= (SELECT stats.rev_total 
FROM stats) * :param_101 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_102 < (SELECT stats.rev_total 
FROM stats) * :param_103 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_104 >= (SELECT stats.rev_total 
FROM stats) * :param_105)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_120 END * scored.rev_w) * :param_121 < (SELECT stats.rev_total 
FROM stats) * :param_122) THEN :param_123 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_98 < (SELECT stats.rev_total 
FROM stats) * :param_99 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_100 >= (SELECT stats.rev_total 
FROM stats) * :param_101 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_102 < (SELECT stats.rev_total 
FROM stats) * :param_103 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_104 >= (SELECT stats.rev_total 
FROM stats) * :param_105)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_120 END * scored.rev_w) * :param_124 < (SELECT stats.rev_total 
FROM stats) * :param_125) THEN :param_126 ELSE :param_127 END NOT IN (__[POSTCOMPILE_param_128]))) THEN :param_129 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_8) != :coalesce_9)) THEN :param_130 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_131 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_132 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_133 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_2)) THEN :param_134 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_73 - scored.last_at) / :param_74 >= :param_75 AND (:param_73 - scored.last_at) / :param_74 <= :param_76, 0) THEN :param_135 ELSE :param_136 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) THEN :param_137 ELSE :param_138 END AS f_overdue, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_85) != :param_86, 0) THEN :param_139 ELSE :param_140 END AS f_nps, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_87) != :param_88, 0) THEN :param_141 ELSE :param_142 END AS f_conflict, CASE WHEN coalesce(0, 0) THEN :param_143 ELSE :param_144 END AS f_inquiries, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_89) != :param_90, 0) THEN :param_145 ELSE :param_146 END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_107 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_108) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_53) THEN :param_109 ELSE :param_110 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_111 END AS positive 
FROM agg) AS ranking) AS scored 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_73 - scored.last_at) / :param_74 >= :param_75 AND (:param_73 - scored.last_at) / :param_74 <= :param_76, 0) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_85) != :param_86, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_87) != :param_88, 0) = 1 OR coalesce(0, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_89) != :param_90, 0) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_10) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_11) AS rev_w, CAST(NULL AS BIGINT) AS last_at, CAST(NULL AS BIGINT) AS first_w, coalesce(CAST(:param_147 AS DOUBLE) * CASE WHEN (CAST(NULL AS BIGINT) > :param_148) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_149) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_150 AS DOUBLE) + 0.0) ELSE CAST(:param_151 AS DOUBLE) END ELSE CAST(:param_152 AS DOUBLE) END + CAST(:param_153 AS DOUBLE) * CAST(:param_154 AS DOUBLE), :coalesce_12) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_155 - CAST(NULL AS BIGINT)) / :param_156 >= :param_157 AND (:param_155 - CAST(NULL AS BIGINT)) / :param_156 <= :param_158, 0) = 1 AND coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_159, 0) = 1 AND coalesce((crit.bits & :bits_1) != :param_160, 0) = 1 AND coalesce((crit.bits & :bits_2) != :param_161, 0) = 1 AND coalesce((crit.bits & :bits_3) != :param_162, 0) = 1 AND coalesce((crit.bits & :bits_4) != :param_163, 0) = 1)) THEN :param_164 WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_165 WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_166 WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_10) < :coalesce_13) THEN :param_167 WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_11) < :coalesce_14) THEN :param_168 WHEN ((CASE WHEN (CAST(NULL AS BIGINT) IS NULL) THEN :param_169 WHEN (CAST(NULL AS BIGINT) <= :param_170) THEN :param_171 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_172 AND CAST(NULL AS BIGINT) > :param_173 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_174 < (SELECT stats.rev_total 
FROM stats) * :param_175 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_176) * CAST(NULL AS BIGINT)) * :param_177 >= (SELECT stats.rev_total 
FROM stats) * :param_178 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_179 < (SELECT stats.rev_total 
FROM stats) * :param_180 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_176) * CAST(NULL AS BIGINT)) * :param_181 >= (SELECT stats.rev_total 
FROM stats) * :param_182)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_183 END * CAST(NULL AS BIGINT)) * :param_184 < (SELECT stats.rev_total 
FROM stats) * :param_185) THEN :param_186 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_172 AND CAST(NULL AS BIGINT) > :param_173 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_174 < (SELECT stats.rev_total 
FROM stats) * :param_175 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_176) * CAST(NULL AS BIGINT)) * :param_177 >= (SELECT stats.rev_total 
FROM stats) * :param_178 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_179 < (SELECT stats.rev_total 
FROM stats) * :param_180 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_176) * CAST(NULL AS BIGINT)) * :param_181 >= (SELECT stats.rev_total 
FROM stats) * :param_182)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_183 END * CAST(NULL AS BIGINT)) * :param_187 < (SELECT stats.rev_total 
FROM stats) * :param_188) THEN :param_189 ELSE :param_190 END NOT IN (__[POSTCOMPILE_param_191]))) THEN :param_192 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_15) != :coalesce_16)) THEN :param_193 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_131 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_132 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_133 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_2)) THEN :param_194 END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_155 - CAST(NULL AS BIGINT)) / :param_156 >= :param_157 AND (:param_155 - CAST(NULL AS BIGINT)) / :param_156 <= :param_158, 0) THEN :param_195 ELSE :param_196 END AS f_recency, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_159, 0) THEN :param_197 ELSE :param_198 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1) != :param_160, 0) THEN :param_199 ELSE :param_200 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2) != :param_161, 0) THEN :param_201 ELSE :param_202 END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_3) != :param_162, 0) THEN :param_203 ELSE :param_204 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_4) != :param_163, 0) THEN :param_205 ELSE :param_206 END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_155 - CAST(NULL AS BIGINT)) / :param_156 >= :param_157 AND (:param_155 - CAST(NULL AS BIGINT)) / :param_156 <= :param_158, 0) = 1 OR coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_159, 0) = 1 OR coalesce((crit.bits & :bits_1) != :param_160, 0) = 1 OR coalesce((crit.bits & :bits_2) != :param_161, 0) = 1 OR coalesce((crit.bits & :bits_3) != :param_162, 0) = 1 OR coalesce((crit.bits & :bits_4) != :param_163, 0) = 1) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_3))), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, :param_60 AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((:param_60 NOT IN (__[POSTCOMPILE_param_61]))) THEN :param_62 END AS charged 
FROM lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_42 ELSE :param_43 END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_44 ELSE :param_45 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_46 ELSE :param_47 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_48 ELSE :param_49 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_50 ELSE :param_51 END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6) THEN :param_52 ELSE :param_53 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7) THEN :param_54 ELSE :param_55 END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8) THEN :param_56 ELSE :param_57 END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_58 ELSE :param_59 END) AS t_remaining 
FROM staged), 
cut AS 
(SELECT staged.score AS score, staged.rev_w AS rev_w 
FROM staged 
WHERE staged.charged IS NULL AND (SELECT totals.t_remaining 
FROM totals) >= :param_216 ORDER BY staged.score DESC, staged.rev_w DESC
 LIMIT :param_217 OFFSET :param_218), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_7 AND staged.peers > :peers_5 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_207 < (SELECT stats.rev_total 
FROM stats) * :param_208 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_209 >= (SELECT stats.rev_total 
FROM stats) * :param_210 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_211 < (SELECT stats.rev_total 
FROM stats) * :param_212 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_213 >= (SELECT stats.rev_total 
FROM stats) * :param_214)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_215 END AS abc_place 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NULL AND (NOT (EXISTS (SELECT * 
FROM cut)) OR staged.score > (SELECT cut.score 
FROM cut) OR staged.score = (SELECT cut.score 
FROM cut) AND staged.rev_w >= (SELECT cut.rev_w 
FROM cut)))
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_27 < (SELECT stats.rev_total 
FROM stats) * :param_28) THEN :param_29 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_30 < (SELECT stats.rev_total 
FROM stats) * :param_31) THEN :param_32 ELSE :param_33 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_34 - top.last_at) / :param_35 END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_36 ELSE :param_37 END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_38 ELSE :param_39 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_40 ELSE :param_41 END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON 1 = 1 ORDER BY top.score DESC, top.rev_w DESC, top.external_id
 LIMIT :param_219 OFFSET :param_220;
-- parameters
-- address_1 = ''
-- address_2 = ''
-- answered_at_1 = 1719781200
-- answered_at_2 = 1751317200
-- bits_1 = 1
-- bits_2 = 2
-- bits_3 = 4
-- bits_4 = 8
-- campaign_1 = 'everything'
-- campaign_2 = 'everything'
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
-- coalesce_4 = ''
-- coalesce_5 = 'reached'
-- coalesce_6 = 2
-- coalesce_7 = 150050
-- coalesce_8 = ''
-- coalesce_9 = 'no_channel'
-- count_1 = 3
-- count_2 = 3
-- created_at_1 = 1748759400
-- created_at_2 = 1748759400
-- kind_1 = ['complaint', 'conflict']
-- kind_2 = 'inquiry'
-- kind_3 = 'contact_attempt'
-- n_1 = 2
-- n_all_1 = 4
-- n_all_2 = 1
-- n_w_1 = 0
-- n_w_10 = 3
-- n_w_11 = 4
-- n_w_12 = 4
-- n_w_13 = 5
-- n_w_14 = 5
-- n_w_15 = 6
-- n_w_16 = 6
-- n_w_17 = 7
-- n_w_18 = 7
-- n_w_19 = 8
-- n_w_2 = 0
-- n_w_20 = 8
-- n_w_21 = 9
-- n_w_22 = 9
-- n_w_23 = 10
-- n_w_24 = 10
-- n_w_25 = 11
-- n_w_26 = 11
-- n_w_27 = 12
-- n_w_28 = 12
-- n_w_29 = 13
-- n_w_3 = 0
-- n_w_30 = 13
-- n_w_31 = 14
-- n_w_32 = 14
-- n_w_33 = 15
-- n_w_34 = 15
-- n_w_35 = 16
-- n_w_36 = 16
-- n_w_37 = 17
-- n_w_38 = 17
-- n_w_39 = 18
-- n_w_4 = 1
-- n_w_40 = 18
-- n_w_41 = 19
-- n_w_42 = 19
-- n_w_43 = 20
-- n_w_44 = 20
-- n_w_45 = 21
-- n_w_46 = 21
-- n_w_47 = 22
-- n_w_48 = 22
-- n_w_49 = 23
-- n_w_5 = 0
-- n_w_50 = 23
-- n_w_51 = 24
-- n_w_52 = 24
-- n_w_53 = 0
-- n_w_6 = 1
-- n_w_7 = 2
-- n_w_8 = 2
-- n_w_9 = 3
-- occurred_at_1 = 1751317200
-- occurred_at_2 = 1743541200
-- occurred_at_3 = 1751317200
-- occurred_at_4 = 1751317200
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 1751317200
-- param_100 = 5
-- param_101 = 4
-- param_102 = 20
-- param_103 = 19
-- param_104 = 20
-- param_105 = 19
-- param_106 = 1
-- param_107 = 1
-- param_108 = 1
-- param_109 = 1
-- param_11 = 86400
-- param_110 = 0
-- param_111 = 0
-- param_112 = 5
-- param_113 = 4
-- param_114 = 5
-- param_115 = 4
-- param_116 = 20
-- param_117 = 19
-- param_118 = 20
-- param_119 = 19
-- param_12 = 86400
-- param_120 = 0
-- param_121 = 5
-- param_122 = 4
-- param_123 = 'A'
-- param_124 = 20
-- param_125 = 19
-- param_126 = 'B'
-- param_127 = 'C'
-- param_128 = ['A', 'B']
-- param_129 = 'abc'
-- param_13 = 1
-- param_130 = 'cooldown'
-- param_131 = 0
-- param_132 = 1
-- param_133 = 2
-- param_134 = 'opted_out'
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
-- param_144 = 0
-- param_145 = 1
-- param_146 = 0
-- param_147 = 0.25
-- param_148 = 0
-- param_149 = 1
-- param_15 = 1
-- param_150 = 1
-- param_151 = 0.0
-- param_152 = 0.0
-- param_153 = 0.75
-- param_154 = 0.0
-- param_155 = 1751317200
-- param_156 = 86400
-- param_157 = 60
-- param_158 = 900
-- param_159 = 1
-- param_16 = 2.5
-- param_160 = 0
-- param_161 = 0
-- param_162 = 0
-- param_163 = 0
-- param_164 = 'not_all_criteria'
-- param_165 = 'tags'
-- param_166 = 'tags'
-- param_167 = 'min_orders'
-- param_168 = 'min_revenue'
-- param_169 = 'C'
-- param_17 = 86400
-- param_170 = 0
-- param_171 = 'C'
-- param_172 = 0
-- param_173 = 1
-- param_174 = 5
-- param_175 = 4
-- param_176 = 1
-- param_177 = 5
-- param_178 = 4
-- param_179 = 20
-- param_18 = 1
-- param_180 = 19
-- param_181 = 20
-- param_182 = 19
-- param_183 = 0
-- param_184 = 5
-- param_185 = 4
-- param_186 = 'A'
-- param_187 = 20
-- param_188 = 19
-- param_189 = 'B'
-- param_19 = 0
-- param_190 = 'C'
-- param_191 = ['A', 'B']
-- param_192 = 'abc'
-- param_193 = 'cooldown'
-- param_194 = 'opted_out'
-- param_195 = 1
-- param_196 = 0
-- param_197 = 1
-- param_198 = 0
-- param_199 = 1
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 0
-- param_201 = 1
-- param_202 = 0
-- param_203 = 1
-- param_204 = 0
-- param_205 = 1
-- param_206 = 0
-- param_207 = 5
-- param_208 = 4
-- param_209 = 5
-- param_21 = 2
-- param_210 = 4
-- param_211 = 20
-- param_212 = 19
-- param_213 = 20
-- param_214 = 19
-- param_215 = 0
-- param_216 = 250
-- param_217 = 1
-- param_218 = 249
-- param_219 = 250
-- param_22 = 1
-- param_220 = 0
-- param_23 = 2.5
-- param_24 = 172800
-- param_25 = 1
-- param_26 = 0
-- param_27 = 5
-- param_28 = 4
-- param_29 = 'A'
-- param_3 = 1
-- param_30 = 20
-- param_31 = 19
-- param_32 = 'B'
-- param_33 = 'C'
-- param_34 = 1751317200
-- param_35 = 86400
-- param_36 = 1
-- param_37 = 0
-- param_38 = 1
-- param_39 = 0
-- param_4 = 0
-- param_40 = 1
-- param_41 = 0
-- param_42 = 1
-- param_43 = 0
-- param_44 = 1
-- param_45 = 0
-- param_46 = 1
-- param_47 = 0
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
-- param_60 = 'Z'
-- param_61 = ['X', 'Y']
-- param_62 = 'xyz'
-- param_63 = 0.25
-- param_64 = 1
-- param_65 = 1
-- param_66 = 0.0
-- param_67 = 0.0
-- param_68 = 0.75
-- param_69 = 1
-- param_7 = 2.5
-- param_70 = 1
-- param_71 = 0.0
-- param_72 = 0.0
-- param_73 = 1751317200
-- param_74 = 86400
-- param_75 = 60
-- param_76 = 900
-- param_77 = 1
-- param_78 = 0
-- param_79 = 2
-- param_8 = 1
-- param_80 = 4
-- param_81 = 0
-- param_82 = 8
-- param_83 = 1
-- param_84 = 0
-- param_85 = 1
-- param_86 = 0
-- param_87 = 2
-- param_88 = 0
-- param_89 = 8
-- param_9 = 2
-- param_90 = 0
-- param_91 = 'not_all_criteria'
-- param_92 = 'tags'
-- param_93 = 'tags'
-- param_94 = 'min_orders'
-- param_95 = 'min_revenue'
-- param_96 = 'C'
-- param_97 = 'C'
-- param_98 = 5
-- param_99 = 4
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- peers_5 = 1
-- peers_6 = 1
-- placed_at_1 = 1751317200
-- placed_at_2 = 1751317200
-- placed_at_3 = 1751317200
-- rev_w_1 = 0
-- rev_w_2 = 0
-- rev_w_3 = 0
-- rev_w_4 = 0
-- rev_w_5 = 0
-- rev_w_6 = 0
-- rev_w_7 = 0
-- rn_1 = 1
-- rn_2 = 3
-- score_1 = 6
-- sum_1 = 2
-- sum_2 = 0
-- tag_1 = ['retail', 'vip']
-- tag_2 = ['key-account']
-- tag_3 = ['retail', 'vip']
-- tag_4 = ['key-account']
