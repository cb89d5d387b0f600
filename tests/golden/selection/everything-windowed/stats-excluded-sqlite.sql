-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='orders', excluded=True, client=None)
WITH agg AS 
(SELECT agg0.client_id AS client_id, agg0.n_all AS n_all, agg0.last_at AS last_at, agg0.rev_w AS rev_w, agg0.n_w AS n_w, agg0.first_w AS first_w, CASE WHEN (agg0.n_all < :n_all_1) THEN :param_6 WHEN (CAST(:param_7 AS DOUBLE) * ((agg0.last_at - agg0.first_at) / (((agg0.n_all - :n_all_2) + :param_8) / :param_9)) <= ((:param_10 - agg0.last_at) / :param_11) * :param_12) THEN :param_13 ELSE (SELECT CASE WHEN ((agg0.n_all - :n_all_2) % :param_14 = :param_15 AND :sum_1 * sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN :param_18 ELSE :param_19 END) >= (agg0.n_all - :n_all_2) + :param_20 OR (agg0.n_all - :n_all_2) % :param_14 != :param_15 AND (sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN :param_18 ELSE :param_19 END) >= (agg0.n_all - :n_all_2) / :param_21 + :param_22 OR sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN :param_18 ELSE :param_19 END) = (agg0.n_all - :n_all_2) / :param_21 AND CAST(:param_23 AS DOUBLE) * (max(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17) THEN g.gap END) + min(CASE WHEN (g.gap IS NOT NULL AND NOT (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE) * g.gap <= ((:param_10 - agg0.last_at) / :param_11) * :param_17)) THEN g.gap END)) <= ((:param_10 - agg0.last_at) / :param_11) * :param_24)) THEN :param_25 ELSE :param_26 END AS anon_1 
FROM (SELECT o2.placed_at - lag(o2.placed_at) OVER (ORDER BY o2.placed_at) AS gap 
FROM orders AS o2 
WHERE o2.client_id = agg0.client_id AND o2.placed_at <= :placed_at_1) AS g) END AS overdue 
FROM (SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, min(orders.placed_at) AS first_at, CAST(sum(CASE WHEN (orders.placed_at >= :placed_at_2) THEN orders.amount_minor ELSE :param_27 END) AS BIGINT) AS rev_w, sum(CASE WHEN (orders.placed_at >= :placed_at_2) THEN :param_28 ELSE :param_29 END) AS n_w, min(CASE WHEN (orders.placed_at >= :placed_at_3) THEN orders.placed_at END) AS first_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_4 GROUP BY orders.client_id) AS agg0), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS BIGINT) AS rev_total 
FROM agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_79) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / (CAST(sum(hist.cnt) OVER () - :param_80 AS DOUBLE) + 0.0) ELSE CAST(:param_81 AS DOUBLE) END AS pr_n 
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
HAVING count(*) = :count_1 AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_4) = :coalesce_5) THEN :param_93 ELSE :param_94 END) = :sum_2), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_87 ELSE :param_88 END AS bits 
FROM nps UNION ALL SELECT "conflict".client_id AS client_id, :param_89 AS bits 
FROM "conflict" UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1) THEN :param_90 ELSE :param_91 END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_92 AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
scored_again AS 
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_117 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_118) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_53) THEN :param_119 ELSE :param_120 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_121 END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_116 AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_6 AND scored_again.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_122 < (SELECT stats.rev_total 
FROM stats) * :param_123 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_124 >= (SELECT stats.rev_total 
FROM stats) * :param_125 OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_126 < (SELECT stats.rev_total 
FROM stats) * :param_127 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_4) * scored_again.rev_w) * :param_128 >= (SELECT stats.rev_total 
FROM stats) * :param_129)), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_73 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_74) THEN CAST(scored.below AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_75 AS DOUBLE) + 0.0) ELSE CAST(:param_76 AS DOUBLE) END ELSE CAST(:param_77 AS DOUBLE) END + CAST(:param_78 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN CASE WHEN (scored.n_w = :n_w_4) THEN (SELECT pr_n.pr_n 
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
WHERE pr_n.n_w = scored.n_w) END ELSE CAST(:param_82 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND (:param_83 - scored.last_at) / :param_84 >= :param_85 AND (:param_83 - scored.last_at) / :param_84 <= :param_86, 0) = 1 AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_95) != :param_96, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_97) != :param_98, 0) = 1 AND coalesce(0, 0) = 1 AND coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_99) != :param_100, 0) = 1)) THEN :param_101 WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_102 WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_103 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_6) THEN :param_104 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_7) THEN :param_105 WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_106 WHEN (scored.rev_w <= :rev_w_3) THEN :param_107 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_108 < (SELECT stats.rev_total 
FROM stats) * :param_109 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_110 >= (SELECT stats.rev_total 
FROM stats) * :param_111 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_112 < (SELECT stats.rev_total 
FROM stats) * :param_113 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_114 >= (SELECT stats.rev_total 
FROM stats) * :param_115)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_130 END * scored.rev_w) * :param_131 < (SELECT stats.rev_total 
FROM stats) * :param_132) THEN :param_133 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_4 AND scored.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_108 < (SELECT stats.rev_total 
FROM stats) * :param_109 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_110 >= (SELECT stats.rev_total 
FROM stats) * :param_111 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_112 < (SELECT stats.rev_total 
FROM stats) * :param_113 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_2) * scored.rev_w) * :param_114 >= (SELECT stats.rev_total 
FROM stats) * :param_115)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = scored.client_id) ELSE :param_130 END * scored.rev_w) * :param_134 < (SELECT stats.rev_total 
FROM stats) * :param_135) THEN :param_136 ELSE :param_137 END NOT IN (__[POSTCOMPILE_param_138]))) THEN :param_139 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_8) != :coalesce_9)) THEN :param_140 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_141 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_142 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_143 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_2)) THEN :param_144 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_83 - scored.last_at) / :param_84 >= :param_85 AND (:param_83 - scored.last_at) / :param_84 <= :param_86, 0) THEN :param_145 ELSE :param_146 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) THEN :param_147 ELSE :param_148 END AS f_overdue, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_95) != :param_96, 0) THEN :param_149 ELSE :param_150 END AS f_nps, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_97) != :param_98, 0) THEN :param_151 ELSE :param_152 END AS f_conflict, CASE WHEN coalesce(0, 0) THEN :param_153 ELSE :param_154 END AS f_inquiries, CASE WHEN coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_99) != :param_100, 0) THEN :param_155 ELSE :param_156 END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_117 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_118) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_53) THEN :param_119 ELSE :param_120 END AS active, CASE WHEN (agg.rev_w > :rev_w_5) THEN agg.rev_w ELSE :param_121 END AS positive 
FROM agg) AS ranking) AS scored 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_83 - scored.last_at) / :param_84 >= :param_85 AND (:param_83 - scored.last_at) / :param_84 <= :param_86, 0) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_95) != :param_96, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_97) != :param_98, 0) = 1 OR coalesce(0, 0) = 1 OR coalesce(((SELECT crit.bits 
FROM crit 
WHERE crit.client_id = scored.client_id) & :param_99) != :param_100, 0) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_10) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_11) AS rev_w, CAST(NULL AS BIGINT) AS last_at, CAST(NULL AS BIGINT) AS first_w, coalesce(CAST(:param_157 AS DOUBLE) * CASE WHEN (CAST(NULL AS BIGINT) > :param_158) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_159) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_160 AS DOUBLE) + 0.0) ELSE CAST(:param_161 AS DOUBLE) END ELSE CAST(:param_162 AS DOUBLE) END + CAST(:param_163 AS DOUBLE) * CAST(:param_164 AS DOUBLE), :coalesce_12) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_165 - CAST(NULL AS BIGINT)) / :param_166 >= :param_167 AND (:param_165 - CAST(NULL AS BIGINT)) / :param_166 <= :param_168, 0) = 1 AND coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_169, 0) = 1 AND coalesce((crit.bits & :bits_1) != :param_170, 0) = 1 AND coalesce((crit.bits & :bits_2) != :param_171, 0) = 1 AND coalesce((crit.bits & :bits_3) != :param_172, 0) = 1 AND coalesce((crit.bits & :bits_4) != :param_173, 0) = 1)) THEN :param_174 WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_175 WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_176 WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_10) < :coalesce_13) THEN :param_177 WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_11) < :coalesce_14) THEN :param_178 WHEN ((CASE WHEN (CAST(NULL AS BIGINT) IS NULL) THEN :param_179 WHEN (CAST(NULL AS BIGINT) <= :param_180) THEN :param_181 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_182 AND CAST(NULL AS BIGINT) > :param_183 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_184 < (SELECT stats.rev_total 
FROM stats) * :param_185 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_186) * CAST(NULL AS BIGINT)) * :param_187 >= (SELECT stats.rev_total 
FROM stats) * :param_188 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_189 < (SELECT stats.rev_total 
FROM stats) * :param_190 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_186) * CAST(NULL AS BIGINT)) * :param_191 >= (SELECT stats.rev_total 
FROM stats) * :param_192)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_193 END * CAST(NULL AS BIGINT)) * :param_194 < (SELECT stats.rev_total 
FROM stats) * :param_195) THEN :param_196 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_182 AND CAST(NULL AS BIGINT) > :param_183 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_184 < (SELECT stats.rev_total 
FROM stats) * :param_185 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_186) * CAST(NULL AS BIGINT)) * :param_187 >= (SELECT stats.rev_total 
FROM stats) * :param_188 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_189 < (SELECT stats.rev_total 
FROM stats) * :param_190 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_186) * CAST(NULL AS BIGINT)) * :param_191 >= (SELECT stats.rev_total 
FROM stats) * :param_192)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_193 END * CAST(NULL AS BIGINT)) * :param_197 < (SELECT stats.rev_total 
FROM stats) * :param_198) THEN :param_199 ELSE :param_200 END NOT IN (__[POSTCOMPILE_param_201]))) THEN :param_202 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_15) != :coalesce_16)) THEN :param_203 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_141 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_142 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_143 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_2)) THEN :param_204 END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_165 - CAST(NULL AS BIGINT)) / :param_166 >= :param_167 AND (:param_165 - CAST(NULL AS BIGINT)) / :param_166 <= :param_168, 0) THEN :param_205 ELSE :param_206 END AS f_recency, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_169, 0) THEN :param_207 ELSE :param_208 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1) != :param_170, 0) THEN :param_209 ELSE :param_210 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2) != :param_171, 0) THEN :param_211 ELSE :param_212 END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_3) != :param_172, 0) THEN :param_213 ELSE :param_214 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_4) != :param_173, 0) THEN :param_215 ELSE :param_216 END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_165 - CAST(NULL AS BIGINT)) / :param_166 >= :param_167 AND (:param_165 - CAST(NULL AS BIGINT)) / :param_166 <= :param_168, 0) = 1 OR coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_169, 0) = 1 OR coalesce((crit.bits & :bits_1) != :param_170, 0) = 1 OR coalesce((crit.bits & :bits_2) != :param_171, 0) = 1 OR coalesce((crit.bits & :bits_3) != :param_172, 0) = 1 OR coalesce((crit.bits & :bits_4) != :param_173, 0) = 1) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_5))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_217 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN CASE WHEN (orders.placed_at < :placed_at_8) THEN CASE WHEN (orders.placed_at < :placed_at_9) THEN CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_218 ELSE :param_219 END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_220 ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_221 ELSE :param_222 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_223 ELSE :param_224 END ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_225 ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_226 ELSE :param_227 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN CASE WHEN (orders.placed_at < :placed_at_18) THEN CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_228 ELSE :param_229 END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_230 ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_231 ELSE :param_232 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN CASE WHEN (orders.placed_at < :placed_at_23) THEN :param_233 ELSE :param_234 END ELSE CASE WHEN (orders.placed_at < :placed_at_24) THEN :param_235 ELSE CASE WHEN (orders.placed_at < :placed_at_25) THEN :param_236 ELSE :param_237 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_26) THEN CASE WHEN (orders.placed_at < :placed_at_27) THEN CASE WHEN (orders.placed_at < :placed_at_28) THEN CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_238 ELSE :param_239 END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_240 ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_241 ELSE :param_242 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_243 ELSE :param_244 END ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_245 ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_246 ELSE :param_247 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN CASE WHEN (orders.placed_at < :placed_at_37) THEN CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_248 ELSE :param_249 END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_250 ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_251 ELSE :param_252 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN CASE WHEN (orders.placed_at < :placed_at_42) THEN :param_253 ELSE :param_254 END ELSE CASE WHEN (orders.placed_at < :placed_at_43) THEN :param_255 ELSE CASE WHEN (orders.placed_at < :placed_at_44) THEN :param_256 ELSE :param_257 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_258 ELSE :param_259 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_260 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_261 ELSE :param_262 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_263 ELSE :param_264 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_265 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_266 ELSE :param_267 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_268 ELSE :param_269 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_270 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_271 ELSE :param_272 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_273 ELSE :param_274 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_275 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_276 ELSE :param_277 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_278 ELSE :param_279 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_280 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_281 ELSE :param_282 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_283 ELSE :param_284 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_285 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_286 ELSE :param_287 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_288 ELSE :param_289 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_290 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_291 ELSE :param_292 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_293 ELSE :param_294 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_295 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_296 ELSE :param_297 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, pending.first_w AS first_w, CASE WHEN (pending.last_at < :last_at_1) THEN CASE WHEN (pending.last_at < :last_at_2) THEN CASE WHEN (pending.last_at < :last_at_3) THEN CASE WHEN (pending.last_at < :last_at_4) THEN CASE WHEN (pending.last_at < :last_at_5) THEN :param_298 ELSE :param_299 END ELSE CASE WHEN (pending.last_at < :last_at_6) THEN :param_300 ELSE CASE WHEN (pending.last_at < :last_at_7) THEN :param_301 ELSE :param_302 END END END ELSE CASE WHEN (pending.last_at < :last_at_8) THEN CASE WHEN (pending.last_at < :last_at_9) THEN :param_303 ELSE :param_304 END ELSE CASE WHEN (pending.last_at < :last_at_10) THEN :param_305 ELSE CASE WHEN (pending.last_at < :last_at_11) THEN :param_306 ELSE :param_307 END END END END ELSE CASE WHEN (pending.last_at < :last_at_12) THEN CASE WHEN (pending.last_at < :last_at_13) THEN CASE WHEN (pending.last_at < :last_at_14) THEN :param_308 ELSE :param_309 END ELSE CASE WHEN (pending.last_at < :last_at_15) THEN :param_310 ELSE CASE WHEN (pending.last_at < :last_at_16) THEN :param_311 ELSE :param_312 END END END ELSE CASE WHEN (pending.last_at < :last_at_17) THEN CASE WHEN (pending.last_at < :last_at_18) THEN :param_313 ELSE :param_314 END ELSE CASE WHEN (pending.last_at < :last_at_19) THEN :param_315 ELSE CASE WHEN (pending.last_at < :last_at_20) THEN :param_316 ELSE :param_317 END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21) THEN CASE WHEN (pending.last_at < :last_at_22) THEN CASE WHEN (pending.last_at < :last_at_23) THEN CASE WHEN (pending.last_at < :last_at_24) THEN :param_318 ELSE :param_319 END ELSE CASE WHEN (pending.last_at < :last_at_25) THEN :param_320 ELSE CASE WHEN (pending.last_at < :last_at_26) THEN :param_321 ELSE :param_322 END END END ELSE CASE WHEN (pending.last_at < :last_at_27) THEN CASE WHEN (pending.last_at < :last_at_28) THEN :param_323 ELSE :param_324 END ELSE CASE WHEN (pending.last_at < :last_at_29) THEN :param_325 ELSE CASE WHEN (pending.last_at < :last_at_30) THEN :param_326 ELSE :param_327 END END END END ELSE CASE WHEN (pending.last_at < :last_at_31) THEN CASE WHEN (pending.last_at < :last_at_32) THEN CASE WHEN (pending.last_at < :last_at_33) THEN :param_328 ELSE :param_329 END ELSE CASE WHEN (pending.last_at < :last_at_34) THEN :param_330 ELSE CASE WHEN (pending.last_at < :last_at_35) THEN :param_331 ELSE :param_332 END END END ELSE CASE WHEN (pending.last_at < :last_at_36) THEN CASE WHEN (pending.last_at < :last_at_37) THEN :param_333 ELSE :param_334 END ELSE CASE WHEN (pending.last_at < :last_at_38) THEN :param_335 ELSE CASE WHEN (pending.last_at < :last_at_39) THEN :param_336 ELSE :param_337 END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_54 AND :param_338 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_339 < :param_340 OR :param_341 * (:param_342 - xyz_months.first_m) > :n_w_55 * xyz_months.n_w OR :param_343 * (:param_342 - xyz_months.first_m) > :param_344 * ((xyz_months.last_m - xyz_months.first_m) + :param_339))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_45 AND orders.placed_at < :placed_at_46 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN CASE WHEN (orders.placed_at < :placed_at_8) THEN CASE WHEN (orders.placed_at < :placed_at_9) THEN CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_218 ELSE :param_219 END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_220 ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_221 ELSE :param_222 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_223 ELSE :param_224 END ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_225 ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_226 ELSE :param_227 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN CASE WHEN (orders.placed_at < :placed_at_18) THEN CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_228 ELSE :param_229 END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_230 ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_231 ELSE :param_232 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN CASE WHEN (orders.placed_at < :placed_at_23) THEN :param_233 ELSE :param_234 END ELSE CASE WHEN (orders.placed_at < :placed_at_24) THEN :param_235 ELSE CASE WHEN (orders.placed_at < :placed_at_25) THEN :param_236 ELSE :param_237 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_26) THEN CASE WHEN (orders.placed_at < :placed_at_27) THEN CASE WHEN (orders.placed_at < :placed_at_28) THEN CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_238 ELSE :param_239 END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_240 ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_241 ELSE :param_242 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_243 ELSE :param_244 END ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_245 ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_246 ELSE :param_247 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN CASE WHEN (orders.placed_at < :placed_at_37) THEN CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_248 ELSE :param_249 END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_250 ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_251 ELSE :param_252 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN CASE WHEN (orders.placed_at < :placed_at_42) THEN :param_253 ELSE :param_254 END ELSE CASE WHEN (orders.placed_at < :placed_at_43) THEN :param_255 ELSE CASE WHEN (orders.placed_at < :placed_at_44) THEN :param_256 ELSE :param_257 END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_63 WHEN (xyz.k < :k_1) THEN :param_64 WHEN (xyz.s <= :s_1) THEN :param_65 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_66 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_67 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_68 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_69 ELSE :param_70 END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_63 WHEN (xyz.k < :k_1) THEN :param_64 WHEN (xyz.s <= :s_1) THEN :param_65 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_66 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_67 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_68 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_69 ELSE :param_70 END NOT IN (__[POSTCOMPILE_param_71]))) THEN :param_72 END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_45 ELSE :param_46 END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_47 ELSE :param_48 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_49 ELSE :param_50 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_51 ELSE :param_52 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_53 ELSE :param_54 END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6) THEN :param_55 ELSE :param_56 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7) THEN :param_57 ELSE :param_58 END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8) THEN :param_59 ELSE :param_60 END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_61 ELSE :param_62 END) AS t_remaining 
FROM staged), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_7 AND staged.peers > :peers_5 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_345 < (SELECT stats.rev_total 
FROM stats) * :param_346 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_347 >= (SELECT stats.rev_total 
FROM stats) * :param_348 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_349 < (SELECT stats.rev_total 
FROM stats) * :param_350 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_6) * staged.rev_w) * :param_351 >= (SELECT stats.rev_total 
FROM stats) * :param_352)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_353 END AS abc_place 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NOT NULL)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.charged, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_30 < (SELECT stats.rev_total 
FROM stats) * :param_31) THEN :param_32 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_33 < (SELECT stats.rev_total 
FROM stats) * :param_34) THEN :param_35 ELSE :param_36 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_37 - top.last_at) / :param_38 END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_39 ELSE :param_40 END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_41 ELSE :param_42 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_43 ELSE :param_44 END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON 1 = 1 ORDER BY top.score DESC, top.rev_w DESC, top.external_id;
-- parameters
-- address_1 = ''
-- address_2 = ''
-- answered_at_1 = 1719781200
-- answered_at_2 = 1751317200
-- bits_1 = 1
-- bits_2 = 2
-- bits_3 = 4
-- bits_4 = 8
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
-- n_w_54 = 3
-- n_w_55 = 17
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
-- param_100 = 0
-- param_101 = 'not_all_criteria'
-- param_102 = 'tags'
-- param_103 = 'tags'
-- param_104 = 'min_orders'
-- param_105 = 'min_revenue'
-- param_106 = 'C'
-- param_107 = 'C'
-- param_108 = 5
-- param_109 = 4
-- param_11 = 86400
-- param_110 = 5
-- param_111 = 4
-- param_112 = 20
-- param_113 = 19
-- param_114 = 20
-- param_115 = 19
-- param_116 = 1
-- param_117 = 1
-- param_118 = 1
-- param_119 = 1
-- param_12 = 86400
-- param_120 = 0
-- param_121 = 0
-- param_122 = 5
-- param_123 = 4
-- param_124 = 5
-- param_125 = 4
-- param_126 = 20
-- param_127 = 19
-- param_128 = 20
-- param_129 = 19
-- param_13 = 1
-- param_130 = 0
-- param_131 = 5
-- param_132 = 4
-- param_133 = 'A'
-- param_134 = 20
-- param_135 = 19
-- param_136 = 'B'
-- param_137 = 'C'
-- param_138 = ['A', 'B']
-- param_139 = 'abc'
-- param_14 = 2
-- param_140 = 'cooldown'
-- param_141 = 0
-- param_142 = 1
-- param_143 = 2
-- param_144 = 'opted_out'
-- param_145 = 1
-- param_146 = 0
-- param_147 = 1
-- param_148 = 0
-- param_149 = 1
-- param_15 = 1
-- param_150 = 0
-- param_151 = 1
-- param_152 = 0
-- param_153 = 1
-- param_154 = 0
-- param_155 = 1
-- param_156 = 0
-- param_157 = 0.25
-- param_158 = 0
-- param_159 = 1
-- param_16 = 2.5
-- param_160 = 1
-- param_161 = 0.0
-- param_162 = 0.0
-- param_163 = 0.75
-- param_164 = 0.0
-- param_165 = 1751317200
-- param_166 = 86400
-- param_167 = 60
-- param_168 = 900
-- param_169 = 1
-- param_17 = 86400
-- param_170 = 0
-- param_171 = 0
-- param_172 = 0
-- param_173 = 0
-- param_174 = 'not_all_criteria'
-- param_175 = 'tags'
-- param_176 = 'tags'
-- param_177 = 'min_orders'
-- param_178 = 'min_revenue'
-- param_179 = 'C'
-- param_18 = 1
-- param_180 = 0
-- param_181 = 'C'
-- param_182 = 0
-- param_183 = 1
-- param_184 = 5
-- param_185 = 4
-- param_186 = 1
-- param_187 = 5
-- param_188 = 4
-- param_189 = 20
-- param_19 = 0
-- param_190 = 19
-- param_191 = 20
-- param_192 = 19
-- param_193 = 0
-- param_194 = 5
-- param_195 = 4
-- param_196 = 'A'
-- param_197 = 20
-- param_198 = 19
-- param_199 = 'B'
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 'C'
-- param_201 = ['A', 'B']
-- param_202 = 'abc'
-- param_203 = 'cooldown'
-- param_204 = 'opted_out'
-- param_205 = 1
-- param_206 = 0
-- param_207 = 1
-- param_208 = 0
-- param_209 = 1
-- param_21 = 2
-- param_210 = 0
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
-- param_220 = 2
-- param_221 = 3
-- param_222 = 4
-- param_223 = 5
-- param_224 = 6
-- param_225 = 7
-- param_226 = 8
-- param_227 = 9
-- param_228 = 10
-- param_229 = 11
-- param_23 = 2.5
-- param_230 = 12
-- param_231 = 13
-- param_232 = 14
-- param_233 = 15
-- param_234 = 16
-- param_235 = 17
-- param_236 = 18
-- param_237 = 19
-- param_238 = 20
-- param_239 = 21
-- param_24 = 172800
-- param_240 = 22
-- param_241 = 23
-- param_242 = 24
-- param_243 = 25
-- param_244 = 26
-- param_245 = 27
-- param_246 = 28
-- param_247 = 29
-- param_248 = 30
-- param_249 = 31
-- param_25 = 1
-- param_250 = 32
-- param_251 = 33
-- param_252 = 34
-- param_253 = 35
-- param_254 = 36
-- param_255 = 37
-- param_256 = 38
-- param_257 = 39
-- param_258 = 0
-- param_259 = 1
-- param_26 = 0
-- param_260 = 2
-- param_261 = 3
-- param_262 = 4
-- param_263 = 5
-- param_264 = 6
-- param_265 = 7
-- param_266 = 8
-- param_267 = 9
-- param_268 = 10
-- param_269 = 11
-- param_27 = 0
-- param_270 = 12
-- param_271 = 13
-- param_272 = 14
-- param_273 = 15
-- param_274 = 16
-- param_275 = 17
-- param_276 = 18
-- param_277 = 19
-- param_278 = 20
-- param_279 = 21
-- param_28 = 1
-- param_280 = 22
-- param_281 = 23
-- param_282 = 24
-- param_283 = 25
-- param_284 = 26
-- param_285 = 27
-- param_286 = 28
-- param_287 = 29
-- param_288 = 30
-- param_289 = 31
-- param_29 = 0
-- param_290 = 32
-- param_291 = 33
-- param_292 = 34
-- param_293 = 35
-- param_294 = 36
-- param_295 = 37
-- param_296 = 38
-- param_297 = 39
-- param_298 = 0
-- param_299 = 1
-- param_3 = 1
-- param_30 = 5
-- param_300 = 2
-- param_301 = 3
-- param_302 = 4
-- param_303 = 5
-- param_304 = 6
-- param_305 = 7
-- param_306 = 8
-- param_307 = 9
-- param_308 = 10
-- param_309 = 11
-- param_31 = 4
-- param_310 = 12
-- param_311 = 13
-- param_312 = 14
-- param_313 = 15
-- param_314 = 16
-- param_315 = 17
-- param_316 = 18
-- param_317 = 19
-- param_318 = 20
-- param_319 = 21
-- param_32 = 'A'
-- param_320 = 22
-- param_321 = 23
-- param_322 = 24
-- param_323 = 25
-- param_324 = 26
-- param_325 = 27
-- param_326 = 28
-- param_327 = 29
-- param_328 = 30
-- param_329 = 31
-- param_33 = 20
-- param_330 = 32
-- param_331 = 33
-- param_332 = 34
-- param_333 = 35
-- param_334 = 36
-- param_335 = 37
-- param_336 = 38
-- param_337 = 39
-- param_338 = 624
-- param_339 = 1
-- param_34 = 19
-- param_340 = 3
-- param_341 = 16
-- param_342 = 40
-- param_343 = 16
-- param_344 = 17
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
-- param_79 = 1
-- param_8 = 1
-- param_80 = 1
-- param_81 = 0.0
-- param_82 = 0.0
-- param_83 = 1751317200
-- param_84 = 86400
-- param_85 = 60
-- param_86 = 900
-- param_87 = 1
-- param_88 = 0
-- param_89 = 2
-- param_9 = 2
-- param_90 = 4
-- param_91 = 0
-- param_92 = 8
-- param_93 = 1
-- param_94 = 0
-- param_95 = 1
-- param_96 = 0
-- param_97 = 2
-- param_98 = 0
-- param_99 = 8
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
