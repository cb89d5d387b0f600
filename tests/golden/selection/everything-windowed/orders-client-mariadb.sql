-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='orders', excluded=False, client='C-00042')
WITH agg AS 
(SELECT gaps.client_id AS client_id, gaps.n_all AS n_all, gaps.last_at AS last_at, gaps.rev_w AS rev_w, gaps.n_w AS n_w, gaps.first_w AS first_w, CASE WHEN (gaps.n_all >= :n_all_1 AND ((gaps.n_all - :n_all_2) % :param_6 = :param_7 AND :gaps_le_1 * gaps.gaps_le >= (gaps.n_all - :n_all_2) + :param_8 OR (gaps.n_all - :n_all_2) % :param_6 != :param_7 AND (gaps.gaps_le >= FLOOR((gaps.n_all - :n_all_2) / :param_9) + :param_10 OR gaps.gaps_le = FLOOR((gaps.n_all - :n_all_2) / :param_9) AND CAST(:param_11 AS DOUBLE) * (gaps.gap_lo + gaps.gap_hi) <= (FLOOR((:param_12 - gaps.last_at) / :param_13)) * :param_14))) THEN :param_15 ELSE :param_16 END AS overdue 
FROM (SELECT o.client_id AS client_id, count(*) AS n_all, max(o.last_at) AS last_at, CAST(sum(CASE WHEN (o.placed_at >= :placed_at_1) THEN o.amount_minor ELSE :param_17 END) AS SIGNED INTEGER) AS rev_w, sum(CASE WHEN (o.placed_at >= :placed_at_1) THEN :param_18 ELSE :param_19 END) AS n_w, min(CASE WHEN (o.placed_at >= :placed_at_2) THEN o.placed_at END) AS first_w, sum(CASE WHEN (o.gap IS NOT NULL AND CAST(:param_20 AS DOUBLE) * o.gap <= (FLOOR((:param_21 - o.last_at) / :param_22)) * :param_23) THEN :param_24 ELSE :param_25 END) AS gaps_le, max(CASE WHEN (o.gap IS NOT NULL AND CAST(:param_20 AS DOUBLE) * o.gap <= (FLOOR((:param_21 - o.last_at) / :param_22)) * :param_23) THEN o.gap END) AS gap_lo, min(CASE WHEN (o.gap IS NOT NULL AND NOT (o.gap IS NOT NULL AND CAST(:param_20 AS DOUBLE) * o.gap <= (FLOOR((:param_21 - o.last_at) / :param_22)) * :param_23)) THEN o.gap END) AS gap_hi 
FROM (SELECT orders.client_id AS client_id, orders.placed_at AS placed_at, orders.amount_minor AS amount_minor, first_value(orders.placed_at) OVER (PARTITION BY orders.client_id ORDER BY orders.placed_at DESC) AS last_at, lag(orders.placed_at) OVER (PARTITION BY orders.client_id ORDER BY orders.placed_at DESC) - orders.placed_at AS gap 
FROM orders 
WHERE orders.placed_at <= :placed_at_3) AS o GROUP BY o.client_id) AS gaps), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS SIGNED INTEGER) AS rev_total 
FROM agg), 
scored_again AS 
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_134 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_135) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS SIGNED INTEGER) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4) THEN :param_136 ELSE :param_137 END AS active, CASE WHEN (agg.rev_w > :rev_w_6) THEN agg.rev_w ELSE :param_138 END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id COLLATE utf8mb4_bin AS anon_3 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_139 AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_7 AND scored_again.peers > :peers_5 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_140 < (SELECT stats.rev_total 
FROM stats) * :param_141 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_6) * scored_again.rev_w) * :param_142 >= (SELECT stats.rev_total 
FROM stats) * :param_143 OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_144 < (SELECT stats.rev_total 
FROM stats) * :param_145 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_6) * scored_again.rev_w) * :param_146 >= (SELECT stats.rev_total 
FROM stats) * :param_147)), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_148) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / CAST(sum(hist.cnt) OVER () - :param_149 AS DOUBLE) ELSE CAST(:param_150 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5 GROUP BY agg.n_w) AS hist), 
nps AS 
(SELECT nps_ranked.client_id AS client_id, nps_ranked.score AS score, nps_ranked.answered_at AS answered_at 
FROM (SELECT nps_answers.client_id AS client_id, nps_answers.score AS score, nps_answers.answered_at AS answered_at, row_number() OVER (PARTITION BY nps_answers.client_id ORDER BY nps_answers.answered_at DESC) AS rn 
FROM nps_answers 
WHERE nps_answers.answered_at <= :answered_at_2) AS nps_ranked 
WHERE nps_ranked.rn = :rn_1), 
conflict AS 
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
HAVING count(*) = :count_2 AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_8) = :coalesce_9) THEN :param_157 ELSE :param_158 END) = :sum_1), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_151 ELSE :param_152 END AS bits 
FROM nps UNION ALL SELECT conflict.client_id AS client_id, :param_153 AS bits 
FROM conflict UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1) THEN :param_154 ELSE :param_155 END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_156 AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_78 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_79) THEN CAST(scored.below AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_80 AS DOUBLE) ELSE CAST(:param_81 AS DOUBLE) END ELSE CAST(:param_82 AS DOUBLE) END + CAST(:param_83 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN pr_n.pr_n ELSE CAST(:param_84 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_85 - scored.last_at) / :param_86) >= :param_87 AND FLOOR((:param_85 - scored.last_at) / :param_86) <= :param_88, false) = 1 AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) = 1 AND coalesce((crit.bits & :bits_1) != :param_89, false) = 1 AND coalesce((crit.bits & :bits_2) != :param_90, false) = 1 AND coalesce(false, false) = 1 AND coalesce((crit.bits & :bits_3) != :param_91, false) = 1)) THEN :param_92 WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_93 WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_94 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_4) THEN :param_95 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_5) THEN :param_96 WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_97 WHEN (scored.rev_w <= :rev_w_4) THEN :param_98 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_5 AND scored.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_99 < (SELECT stats.rev_total 
FROM stats) * :param_100 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4) * scored.rev_w) * :param_101 >= (SELECT stats.rev_total 
FROM stats) * :param_102 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_103 < (SELECT stats.rev_total 
FROM stats) * :param_104 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4) * scored.rev_w) * :param_105 >= (SELECT stats.rev_total 
FROM stats) * :param_106)) THEN boundary.place ELSE :param_107 END * scored.rev_w) * :param_108 < (SELECT stats.rev_total 
FROM stats) * :param_109) THEN :param_110 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_5 AND scored.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_99 < (SELECT stats.rev_total 
FROM stats) * :param_100 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4) * scored.rev_w) * :param_101 >= (SELECT stats.rev_total 
FROM stats) * :param_102 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_103 < (SELECT stats.rev_total 
FROM stats) * :param_104 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4) * scored.rev_w) * :param_105 >= (SELECT stats.rev_total 
FROM stats) * :param_106)) THEN boundary.place ELSE :param_107 END * scored.rev_w) * :param_111 < (SELECT stats.rev_total 
FROM stats) * :param_112) THEN :param_113 ELSE :param_114 END NOT IN (__[POSTCOMPILE_param_115]))) THEN :param_116 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_6) != :coalesce_7)) THEN :param_117 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_118 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_119 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT concat(suppressions.address, :address_2) AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_120 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_121 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_85 - scored.last_at) / :param_86) >= :param_87 AND FLOOR((:param_85 - scored.last_at) / :param_86) <= :param_88, false) THEN :param_122 ELSE :param_123 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) THEN :param_124 ELSE :param_125 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1) != :param_89, false) THEN :param_126 ELSE :param_127 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2) != :param_90, false) THEN :param_128 ELSE :param_129 END AS f_conflict, CASE WHEN coalesce(false, false) THEN :param_130 ELSE :param_131 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_3) != :param_91, false) THEN :param_132 ELSE :param_133 END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_134 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_135) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS SIGNED INTEGER) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4) THEN :param_136 ELSE :param_137 END AS active, CASE WHEN (agg.rev_w > :rev_w_6) THEN agg.rev_w ELSE :param_138 END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN boundary ON boundary.client_id = scored.client_id LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_85 - scored.last_at) / :param_86) >= :param_87 AND FLOOR((:param_85 - scored.last_at) / :param_86) <= :param_88, false) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) = 1 OR coalesce((crit.bits & :bits_1) != :param_89, false) = 1 OR coalesce((crit.bits & :bits_2) != :param_90, false) = 1 OR coalesce(false, false) = 1 OR coalesce((crit.bits & :bits_3) != :param_91, false) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_10) AS n_w, coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_11) AS rev_w, CAST(NULL AS SIGNED INTEGER) AS last_at, CAST(NULL AS SIGNED INTEGER) AS first_w, coalesce(CAST(:param_159 AS DOUBLE) * CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_160) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_161) THEN CAST(CAST(NULL AS SIGNED INTEGER) AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_162 AS DOUBLE) ELSE CAST(:param_163 AS DOUBLE) END ELSE CAST(:param_164 AS DOUBLE) END + CAST(:param_165 AS DOUBLE) * CAST(:param_166 AS DOUBLE), :coalesce_12) AS score, CAST(NULL AS SIGNED INTEGER) AS positive_upto, CAST(NULL AS SIGNED INTEGER) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_167 - CAST(NULL AS SIGNED INTEGER)) / :param_168) >= :param_169 AND FLOOR((:param_167 - CAST(NULL AS SIGNED INTEGER)) / :param_168) <= :param_170, false) = 1 AND coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_171, false) = 1 AND coalesce((crit.bits & :bits_4) != :param_172, false) = 1 AND coalesce((crit.bits & :bits_5) != :param_173, false) = 1 AND coalesce((crit.bits & :bits_6) != :param_174, false) = 1 AND coalesce((crit.bits & :bits_7) != :param_175, false) = 1)) THEN :param_176 WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_177 WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_178 WHEN (coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_10) < :coalesce_13) THEN :param_179 WHEN (coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_11) < :coalesce_14) THEN :param_180 WHEN ((CASE WHEN (CAST(NULL AS SIGNED INTEGER) IS NULL) THEN :param_181 WHEN (CAST(NULL AS SIGNED INTEGER) <= :param_182) THEN :param_183 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_184 AND CAST(NULL AS SIGNED INTEGER) > :param_185 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_186 < (SELECT stats.rev_total 
FROM stats) * :param_187 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_188) * CAST(NULL AS SIGNED INTEGER)) * :param_189 >= (SELECT stats.rev_total 
FROM stats) * :param_190 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_191 < (SELECT stats.rev_total 
FROM stats) * :param_192 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_188) * CAST(NULL AS SIGNED INTEGER)) * :param_193 >= (SELECT stats.rev_total 
FROM stats) * :param_194)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_195 END * CAST(NULL AS SIGNED INTEGER)) * :param_196 < (SELECT stats.rev_total 
FROM stats) * :param_197) THEN :param_198 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_184 AND CAST(NULL AS SIGNED INTEGER) > :param_185 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_186 < (SELECT stats.rev_total 
FROM stats) * :param_187 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_188) * CAST(NULL AS SIGNED INTEGER)) * :param_189 >= (SELECT stats.rev_total 
FROM stats) * :param_190 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_191 < (SELECT stats.rev_total 
FROM stats) * :param_192 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_188) * CAST(NULL AS SIGNED INTEGER)) * :param_193 >= (SELECT stats.rev_total 
FROM stats) * :param_194)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_195 END * CAST(NULL AS SIGNED INTEGER)) * :param_199 < (SELECT stats.rev_total 
FROM stats) * :param_200) THEN :param_201 ELSE :param_202 END NOT IN (__[POSTCOMPILE_param_203]))) THEN :param_204 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_15) != :coalesce_16)) THEN :param_205 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_118 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_119 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT concat(suppressions.address, :address_2) AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_120 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_206 END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_167 - CAST(NULL AS SIGNED INTEGER)) / :param_168) >= :param_169 AND FLOOR((:param_167 - CAST(NULL AS SIGNED INTEGER)) / :param_168) <= :param_170, false) THEN :param_207 ELSE :param_208 END AS f_recency, CASE WHEN coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_171, false) THEN :param_209 ELSE :param_210 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_4) != :param_172, false) THEN :param_211 ELSE :param_212 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_5) != :param_173, false) THEN :param_213 ELSE :param_214 END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_6) != :param_174, false) THEN :param_215 ELSE :param_216 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_7) != :param_175, false) THEN :param_217 ELSE :param_218 END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_167 - CAST(NULL AS SIGNED INTEGER)) / :param_168) >= :param_169 AND FLOOR((:param_167 - CAST(NULL AS SIGNED INTEGER)) / :param_168) <= :param_170, false) = 1 OR coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_171, false) = 1 OR coalesce((crit.bits & :bits_4) != :param_172, false) = 1 OR coalesce((crit.bits & :bits_5) != :param_173, false) = 1 OR coalesce((crit.bits & :bits_6) != :param_174, false) = 1 OR coalesce((crit.bits & :bits_7) != :param_175, false) = 1) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_4))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_219 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN CASE WHEN (orders.placed_at < :placed_at_8) THEN CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_220 ELSE :param_221 END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_222 ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_223 ELSE :param_224 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_225 ELSE :param_226 END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_227 ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_228 ELSE :param_229 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN CASE WHEN (orders.placed_at < :placed_at_17) THEN CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_230 ELSE :param_231 END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_232 ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_233 ELSE :param_234 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_235 ELSE :param_236 END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN :param_237 ELSE CASE WHEN (orders.placed_at < :placed_at_24) THEN :param_238 ELSE :param_239 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN CASE WHEN (orders.placed_at < :placed_at_27) THEN CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_240 ELSE :param_241 END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_242 ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_243 ELSE :param_244 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_245 ELSE :param_246 END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_247 ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_248 ELSE :param_249 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN CASE WHEN (orders.placed_at < :placed_at_36) THEN CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_250 ELSE :param_251 END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_252 ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_253 ELSE :param_254 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_255 ELSE :param_256 END ELSE CASE WHEN (orders.placed_at < :placed_at_42) THEN :param_257 ELSE CASE WHEN (orders.placed_at < :placed_at_43) THEN :param_258 ELSE :param_259 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders INNER JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_260 ELSE :param_261 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_262 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_263 ELSE :param_264 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_265 ELSE :param_266 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_267 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_268 ELSE :param_269 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_270 ELSE :param_271 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_272 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_273 ELSE :param_274 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_275 ELSE :param_276 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_277 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_278 ELSE :param_279 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_280 ELSE :param_281 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_282 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_283 ELSE :param_284 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_285 ELSE :param_286 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_287 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_288 ELSE :param_289 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_290 ELSE :param_291 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_292 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_293 ELSE :param_294 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_295 ELSE :param_296 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_297 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_298 ELSE :param_299 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, pending.first_w AS first_w, CASE WHEN (pending.last_at < :last_at_1) THEN CASE WHEN (pending.last_at < :last_at_2) THEN CASE WHEN (pending.last_at < :last_at_3) THEN CASE WHEN (pending.last_at < :last_at_4) THEN CASE WHEN (pending.last_at < :last_at_5) THEN :param_300 ELSE :param_301 END ELSE CASE WHEN (pending.last_at < :last_at_6) THEN :param_302 ELSE CASE WHEN (pending.last_at < :last_at_7) THEN :param_303 ELSE :param_304 END END END ELSE CASE WHEN (pending.last_at < :last_at_8) THEN CASE WHEN (pending.last_at < :last_at_9) THEN :param_305 ELSE :param_306 END ELSE CASE WHEN (pending.last_at < :last_at_10) THEN :param_307 ELSE CASE WHEN (pending.last_at < :last_at_11) THEN :param_308 ELSE :param_309 END END END END ELSE CASE WHEN (pending.last_at < :last_at_12) THEN CASE WHEN (pending.last_at < :last_at_13) THEN CASE WHEN (pending.last_at < :last_at_14) THEN :param_310 ELSE :param_311 END ELSE CASE WHEN (pending.last_at < :last_at_15) THEN :param_312 ELSE CASE WHEN (pending.last_at < :last_at_16) THEN :param_313 ELSE :param_314 END END END ELSE CASE WHEN (pending.last_at < :last_at_17) THEN CASE WHEN (pending.last_at < :last_at_18) THEN :param_315 ELSE :param_316 END ELSE CASE WHEN (pending.last_at < :last_at_19) THEN :param_317 ELSE CASE WHEN (pending.last_at < :last_at_20) THEN :param_318 ELSE :param_319 END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21) THEN CASE WHEN (pending.last_at < :last_at_22) THEN CASE WHEN (pending.last_at < :last_at_23) THEN CASE WHEN (pending.last_at < :last_at_24) THEN :param_320 ELSE :param_321 END ELSE CASE WHEN (pending.last_at < :last_at_25) THEN :param_322 ELSE CASE WHEN (pending.last_at < :last_at_26) THEN :param_323 ELSE :param_324 END END END ELSE CASE WHEN (pending.last_at < :last_at_27) THEN CASE WHEN (pending.last_at < :last_at_28) THEN :param_325 ELSE :param_326 END ELSE CASE WHEN (pending.last_at < :last_at_29) THEN :param_327 ELSE CASE WHEN (pending.last_at < :last_at_30) THEN :param_328 ELSE :param_329 END END END END ELSE CASE WHEN (pending.last_at < :last_at_31) THEN CASE WHEN (pending.last_at < :last_at_32) THEN CASE WHEN (pending.last_at < :last_at_33) THEN :param_330 ELSE :param_331 END ELSE CASE WHEN (pending.last_at < :last_at_34) THEN :param_332 ELSE CASE WHEN (pending.last_at < :last_at_35) THEN :param_333 ELSE :param_334 END END END ELSE CASE WHEN (pending.last_at < :last_at_36) THEN CASE WHEN (pending.last_at < :last_at_37) THEN :param_335 ELSE :param_336 END ELSE CASE WHEN (pending.last_at < :last_at_38) THEN :param_337 ELSE CASE WHEN (pending.last_at < :last_at_39) THEN :param_338 ELSE :param_339 END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost 
WHERE lost.excluded_by IS NULL) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6 AND :param_340 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_341 < :param_342 OR :param_343 * (:param_344 - xyz_months.first_m) > :n_w_7 * xyz_months.n_w OR :param_345 * (:param_344 - xyz_months.first_m) > :param_346 * ((xyz_months.last_m - xyz_months.first_m) + :param_341))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_44 AND orders.placed_at < :placed_at_45 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN CASE WHEN (orders.placed_at < :placed_at_8) THEN CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_220 ELSE :param_221 END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_222 ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_223 ELSE :param_224 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_225 ELSE :param_226 END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_227 ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_228 ELSE :param_229 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN CASE WHEN (orders.placed_at < :placed_at_17) THEN CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_230 ELSE :param_231 END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_232 ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_233 ELSE :param_234 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_235 ELSE :param_236 END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN :param_237 ELSE CASE WHEN (orders.placed_at < :placed_at_24) THEN :param_238 ELSE :param_239 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN CASE WHEN (orders.placed_at < :placed_at_27) THEN CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_240 ELSE :param_241 END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_242 ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_243 ELSE :param_244 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_245 ELSE :param_246 END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_247 ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_248 ELSE :param_249 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN CASE WHEN (orders.placed_at < :placed_at_36) THEN CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_250 ELSE :param_251 END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_252 ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_253 ELSE :param_254 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_255 ELSE :param_256 END ELSE CASE WHEN (orders.placed_at < :placed_at_42) THEN :param_257 ELSE CASE WHEN (orders.placed_at < :placed_at_43) THEN :param_258 ELSE :param_259 END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_68 WHEN (xyz.k < :k_1) THEN :param_69 WHEN (xyz.s <= :s_1) THEN :param_70 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_71 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_72 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_73 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_74 ELSE :param_75 END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_68 WHEN (xyz.k < :k_1) THEN :param_69 WHEN (xyz.s <= :s_1) THEN :param_70 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_71 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_72 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_73 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_74 ELSE :param_75 END NOT IN (__[POSTCOMPILE_param_76]))) THEN :param_77 END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_50 ELSE :param_51 END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_52 ELSE :param_53 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_54 ELSE :param_55 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_56 ELSE :param_57 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_58 ELSE :param_59 END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6) THEN :param_60 ELSE :param_61 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7) THEN :param_62 ELSE :param_63 END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8) THEN :param_64 ELSE :param_65 END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_66 ELSE :param_67 END) AS t_remaining 
FROM staged), 
target AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.charged IS NULL) THEN :param_347 ELSE :param_348 END AS kind 
FROM staged INNER JOIN clients ON clients.id = staged.client_id 
WHERE (clients.external_id COLLATE utf8mb4_bin) = :param_350), 
top AS 
(SELECT target.client_id AS client_id, target.n_w AS n_w, target.rev_w AS rev_w, target.last_at AS last_at, target.first_w AS first_w, target.score AS score, target.positive_upto AS positive_upto, target.peers AS peers, target.excluded_by AS excluded_by, target.f_recency AS f_recency, target.f_overdue AS f_overdue, target.f_nps AS f_nps, target.f_conflict AS f_conflict, target.f_inquiries AS f_inquiries, target.f_unreachable AS f_unreachable, target.xyz AS xyz, target.charged AS charged, target.external_id AS external_id, target.name AS name, target.email AS email, target.phone AS phone, target.telegram_chat_id AS telegram_chat_id, target.timezone AS timezone, target.locale AS locale, target.manager AS manager, target.email_consent AS email_consent, target.sms_consent AS sms_consent, target.telegram_consent AS telegram_consent, target.kind AS kind, (SELECT count(*) AS count_3 
FROM staged 
WHERE CASE WHEN (staged.charged IS NULL) THEN :param_347 ELSE :param_348 END = target.kind AND (staged.score > target.score OR staged.score = target.score AND (staged.rev_w > target.rev_w OR staged.rev_w = target.rev_w AND (SELECT clients.external_id COLLATE utf8mb4_bin AS anon_4 
FROM clients 
WHERE clients.id = staged.client_id) < (target.external_id COLLATE utf8mb4_bin)))) + :param_349 AS rank 
FROM target)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.charged, top.rank, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3 AND top.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_26 < (SELECT stats.rev_total 
FROM stats) * :param_27 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_28 >= (SELECT stats.rev_total 
FROM stats) * :param_29 OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_30 < (SELECT stats.rev_total 
FROM stats) * :param_31 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_32 >= (SELECT stats.rev_total 
FROM stats) * :param_33)) THEN boundary.place ELSE :param_34 END * top.rev_w) * :param_35 < (SELECT stats.rev_total 
FROM stats) * :param_36) THEN :param_37 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3 AND top.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_26 < (SELECT stats.rev_total 
FROM stats) * :param_27 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_28 >= (SELECT stats.rev_total 
FROM stats) * :param_29 OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_30 < (SELECT stats.rev_total 
FROM stats) * :param_31 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_32 >= (SELECT stats.rev_total 
FROM stats) * :param_33)) THEN boundary.place ELSE :param_34 END * top.rev_w) * :param_38 < (SELECT stats.rev_total 
FROM stats) * :param_39) THEN :param_40 ELSE :param_41 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE FLOOR((:param_42 - top.last_at) / :param_43) END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_44 ELSE :param_45 END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT concat(suppressions.address, :address_1) AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_46 ELSE :param_47 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_48 ELSE :param_49 END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON true = 1 LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id ORDER BY top.rank;
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
-- gaps_le_1 = 2
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
-- param_10 = 1
-- param_100 = 4
-- param_101 = 5
-- param_102 = 4
-- param_103 = 20
-- param_104 = 19
-- param_105 = 20
-- param_106 = 19
-- param_107 = 0
-- param_108 = 5
-- param_109 = 4
-- param_11 = 2.5
-- param_110 = 'A'
-- param_111 = 20
-- param_112 = 19
-- param_113 = 'B'
-- param_114 = 'C'
-- param_115 = ['A', 'B']
-- param_116 = 'abc'
-- param_117 = 'cooldown'
-- param_118 = 0
-- param_119 = 1
-- param_12 = 1751317200
-- param_120 = 2
-- param_121 = 'opted_out'
-- param_122 = 1
-- param_123 = 0
-- param_124 = 1
-- param_125 = 0
-- param_126 = 1
-- param_127 = 0
-- param_128 = 1
-- param_129 = 0
-- param_13 = 86400
-- param_130 = 1
-- param_131 = 0
-- param_132 = 1
-- param_133 = 0
-- param_134 = 1
-- param_135 = 1
-- param_136 = 1
-- param_137 = 0
-- param_138 = 0
-- param_139 = 1
-- param_14 = 172800
-- param_140 = 5
-- param_141 = 4
-- param_142 = 5
-- param_143 = 4
-- param_144 = 20
-- param_145 = 19
-- param_146 = 20
-- param_147 = 19
-- param_148 = 1
-- param_149 = 1
-- param_15 = 1
-- param_150 = 0.0
-- param_151 = 1
-- param_152 = 0
-- param_153 = 2
-- param_154 = 4
-- param_155 = 0
-- param_156 = 8
-- param_157 = 1
-- param_158 = 0
-- param_159 = 0.25
-- param_16 = 0
-- param_160 = 0
-- param_161 = 1
-- param_162 = 1
-- param_163 = 0.0
-- param_164 = 0.0
-- param_165 = 0.75
-- param_166 = 0.0
-- param_167 = 1751317200
-- param_168 = 86400
-- param_169 = 60
-- param_17 = 0
-- param_170 = 900
-- param_171 = 1
-- param_172 = 0
-- param_173 = 0
-- param_174 = 0
-- param_175 = 0
-- param_176 = 'not_all_criteria'
-- param_177 = 'tags'
-- param_178 = 'tags'
-- param_179 = 'min_orders'
-- param_18 = 1
-- param_180 = 'min_revenue'
-- param_181 = 'C'
-- param_182 = 0
-- param_183 = 'C'
-- param_184 = 0
-- param_185 = 1
-- param_186 = 5
-- param_187 = 4
-- param_188 = 1
-- param_189 = 5
-- param_19 = 0
-- param_190 = 4
-- param_191 = 20
-- param_192 = 19
-- param_193 = 20
-- param_194 = 19
-- param_195 = 0
-- param_196 = 5
-- param_197 = 4
-- param_198 = 'A'
-- param_199 = 20
-- param_2 = 'C'
-- param_20 = 2.5
-- param_200 = 19
-- param_201 = 'B'
-- param_202 = 'C'
-- param_203 = ['A', 'B']
-- param_204 = 'abc'
-- param_205 = 'cooldown'
-- param_206 = 'opted_out'
-- param_207 = 1
-- param_208 = 0
-- param_209 = 1
-- param_21 = 1751317200
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
-- param_22 = 86400
-- param_220 = 0
-- param_221 = 1
-- param_222 = 2
-- param_223 = 3
-- param_224 = 4
-- param_225 = 5
-- param_226 = 6
-- param_227 = 7
-- param_228 = 8
-- param_229 = 9
-- param_23 = 86400
-- param_230 = 10
-- param_231 = 11
-- param_232 = 12
-- param_233 = 13
-- param_234 = 14
-- param_235 = 15
-- param_236 = 16
-- param_237 = 17
-- param_238 = 18
-- param_239 = 19
-- param_24 = 1
-- param_240 = 20
-- param_241 = 21
-- param_242 = 22
-- param_243 = 23
-- param_244 = 24
-- param_245 = 25
-- param_246 = 26
-- param_247 = 27
-- param_248 = 28
-- param_249 = 29
-- param_25 = 0
-- param_250 = 30
-- param_251 = 31
-- param_252 = 32
-- param_253 = 33
-- param_254 = 34
-- param_255 = 35
-- param_256 = 36
-- param_257 = 37
-- param_258 = 38
-- param_259 = 39
-- param_26 = 5
-- param_260 = 0
-- param_261 = 1
-- param_262 = 2
-- param_263 = 3
-- param_264 = 4
-- param_265 = 5
-- param_266 = 6
-- param_267 = 7
-- param_268 = 8
-- param_269 = 9
-- param_27 = 4
-- param_270 = 10
-- param_271 = 11
-- param_272 = 12
-- param_273 = 13
-- param_274 = 14
-- param_275 = 15
-- param_276 = 16
-- param_277 = 17
-- param_278 = 18
-- param_279 = 19
-- param_28 = 5
-- param_280 = 20
-- param_281 = 21
-- param_282 = 22
-- param_283 = 23
-- param_284 = 24
-- param_285 = 25
-- param_286 = 26
-- param_287 = 27
-- param_288 = 28
-- param_289 = 29
-- param_29 = 4
-- param_290 = 30
-- param_291 = 31
-- param_292 = 32
-- param_293 = 33
-- param_294 = 34
-- param_295 = 35
-- param_296 = 36
-- param_297 = 37
-- param_298 = 38
-- param_299 = 39
-- param_3 = 1
-- param_30 = 20
-- param_300 = 0
-- param_301 = 1
-- param_302 = 2
-- param_303 = 3
-- param_304 = 4
-- param_305 = 5
-- param_306 = 6
-- param_307 = 7
-- param_308 = 8
-- param_309 = 9
-- param_31 = 19
-- param_310 = 10
-- param_311 = 11
-- param_312 = 12
-- param_313 = 13
-- param_314 = 14
-- param_315 = 15
-- param_316 = 16
-- param_317 = 17
-- param_318 = 18
-- param_319 = 19
-- param_32 = 20
-- param_320 = 20
-- param_321 = 21
-- param_322 = 22
-- param_323 = 23
-- param_324 = 24
-- param_325 = 25
-- param_326 = 26
-- param_327 = 27
-- param_328 = 28
-- param_329 = 29
-- param_33 = 19
-- param_330 = 30
-- param_331 = 31
-- param_332 = 32
-- param_333 = 33
-- param_334 = 34
-- param_335 = 35
-- param_336 = 36
-- param_337 = 37
-- param_338 = 38
-- param_339 = 39
-- param_34 = 0
-- param_340 = 624
-- param_341 = 1
-- param_342 = 3
-- param_343 = 16
-- param_344 = 40
-- param_345 = 16
-- param_346 = 17
-- param_347 = 0
-- param_348 = 1
-- param_349 = 1
-- param_35 = 5
-- param_350 = 'C-00042'
-- param_36 = 4
-- param_37 = 'A'
-- param_38 = 20
-- param_39 = 19
-- param_4 = 0
-- param_40 = 'B'
-- param_41 = 'C'
-- param_42 = 1751317200
-- param_43 = 86400
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
-- param_6 = 2
-- param_60 = 1
-- param_61 = 0
-- param_62 = 1
-- param_63 = 0
-- param_64 = 1
-- param_65 = 0
-- param_66 = 1
-- param_67 = 0
-- param_68 = 'Z'
-- param_69 = 'Z'
-- param_7 = 1
-- param_70 = 'Z'
-- param_71 = 0.01
-- param_72 = 'X'
-- param_73 = 0.0625
-- param_74 = 'Y'
-- param_75 = 'Z'
-- param_76 = ['X', 'Y']
-- param_77 = 'xyz'
-- param_78 = 0.25
-- param_79 = 1
-- param_8 = 1
-- param_80 = 1
-- param_81 = 0.0
-- param_82 = 0.0
-- param_83 = 0.75
-- param_84 = 0.0
-- param_85 = 1751317200
-- param_86 = 86400
-- param_87 = 60
-- param_88 = 900
-- param_89 = 0
-- param_9 = 2
-- param_90 = 0
-- param_91 = 0
-- param_92 = 'not_all_criteria'
-- param_93 = 'tags'
-- param_94 = 'tags'
-- param_95 = 'min_orders'
-- param_96 = 'min_revenue'
-- param_97 = 'C'
-- param_98 = 'C'
-- param_99 = 5
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- peers_5 = 1
-- peers_6 = 1
-- placed_at_1 = 1719781200
-- placed_at_10 = 1654030800
-- placed_at_11 = 1656622800
-- placed_at_12 = 1664571600
-- placed_at_13 = 1661979600
-- placed_at_14 = 1667250000
-- placed_at_15 = 1669842000
-- placed_at_16 = 1685566800
-- placed_at_17 = 1677618000
-- placed_at_18 = 1675198800
-- placed_at_19 = 1680296400
-- placed_at_2 = 1719781200
-- placed_at_20 = 1682888400
-- placed_at_21 = 1690837200
-- placed_at_22 = 1688158800
-- placed_at_23 = 1693515600
-- placed_at_24 = 1696107600
-- placed_at_25 = 1725138000
-- placed_at_26 = 1711918800
-- placed_at_27 = 1704056400
-- placed_at_28 = 1701378000
-- placed_at_29 = 1706734800
-- placed_at_3 = 1751317200
-- placed_at_30 = 1709240400
-- placed_at_31 = 1717189200
-- placed_at_32 = 1714510800
-- placed_at_33 = 1719781200
-- placed_at_34 = 1722459600
-- placed_at_35 = 1738357200
-- placed_at_36 = 1730408400
-- placed_at_37 = 1727730000
-- placed_at_38 = 1733000400
-- placed_at_39 = 1735678800
-- placed_at_4 = 1751317200
-- placed_at_40 = 1743454800
-- placed_at_41 = 1740776400
-- placed_at_42 = 1746046800
-- placed_at_43 = 1748725200
-- placed_at_44 = 1719781200
-- placed_at_45 = 1751317200
-- placed_at_5 = 1698786000
-- placed_at_6 = 1672520400
-- placed_at_7 = 1659301200
-- placed_at_8 = 1651352400
-- placed_at_9 = 1648760400
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
-- sum_1 = 0
-- tag_1 = ['retail', 'vip']
-- tag_2 = ['key-account']
-- tag_3 = ['retail', 'vip']
-- tag_4 = ['key-account']
