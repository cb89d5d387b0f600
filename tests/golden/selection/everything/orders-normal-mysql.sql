-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='orders', excluded=False, client=None)
WITH agg AS 
(SELECT gaps.client_id AS client_id, gaps.n_all AS n_all, gaps.last_at AS last_at, gaps.rev_w AS rev_w, gaps.n_w AS n_w, gaps.first_w AS first_w, CASE WHEN (gaps.n_all >= :n_all_1 AND ((gaps.n_all - :n_all_2) % :param_6 = :param_7 AND :gaps_le_1 * gaps.gaps_le >= (gaps.n_all - :n_all_2) + :param_8 OR (gaps.n_all - :n_all_2) % :param_6 != :param_7 AND (gaps.gaps_le >= FLOOR((gaps.n_all - :n_all_2) / :param_9) + :param_10 OR gaps.gaps_le = FLOOR((gaps.n_all - :n_all_2) / :param_9) AND CAST(:param_11 AS DOUBLE) * (gaps.gap_lo + gaps.gap_hi) <= (FLOOR((:param_12 - gaps.last_at) / :param_13)) * :param_14))) THEN :param_15 ELSE :param_16 END AS overdue 
FROM (SELECT o.client_id AS client_id, count(*) AS n_all, max(o.last_at) AS last_at, CAST(sum(o.amount_minor) AS SIGNED INTEGER) AS rev_w, count(*) AS n_w, min(o.placed_at) AS first_w, sum(CASE WHEN (o.gap IS NOT NULL AND CAST(:param_17 AS DOUBLE) * o.gap <= (FLOOR((:param_18 - o.last_at) / :param_19)) * :param_20) THEN :param_21 ELSE :param_22 END) AS gaps_le, max(CASE WHEN (o.gap IS NOT NULL AND CAST(:param_17 AS DOUBLE) * o.gap <= (FLOOR((:param_18 - o.last_at) / :param_19)) * :param_20) THEN o.gap END) AS gap_lo, min(CASE WHEN (o.gap IS NOT NULL AND NOT (o.gap IS NOT NULL AND CAST(:param_17 AS DOUBLE) * o.gap <= (FLOOR((:param_18 - o.last_at) / :param_19)) * :param_20)) THEN o.gap END) AS gap_hi 
FROM (SELECT orders.client_id AS client_id, orders.placed_at AS placed_at, orders.amount_minor AS amount_minor, first_value(orders.placed_at) OVER (PARTITION BY orders.client_id ORDER BY orders.placed_at DESC) AS last_at, lag(orders.placed_at) OVER (PARTITION BY orders.client_id ORDER BY orders.placed_at DESC) - orders.placed_at AS gap 
FROM orders 
WHERE orders.placed_at <= :placed_at_1) AS o GROUP BY o.client_id) AS gaps), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS SIGNED INTEGER) AS rev_total 
FROM agg), 
scored_again AS 
(SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_131 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_132) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS SIGNED INTEGER) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4) THEN :param_133 ELSE :param_134 END AS active, CASE WHEN (agg.rev_w > :rev_w_6) THEN agg.rev_w ELSE :param_135 END AS positive 
FROM agg) AS ranking), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id COLLATE utf8mb4_bin AS anon_3 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_136 AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_7 AND scored_again.peers > :peers_5 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_137 < (SELECT stats.rev_total 
FROM stats) * :param_138 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_6) * scored_again.rev_w) * :param_139 >= (SELECT stats.rev_total 
FROM stats) * :param_140 OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_141 < (SELECT stats.rev_total 
FROM stats) * :param_142 AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_6) * scored_again.rev_w) * :param_143 >= (SELECT stats.rev_total 
FROM stats) * :param_144)), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_145) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / CAST(sum(hist.cnt) OVER () - :param_146 AS DOUBLE) ELSE CAST(:param_147 AS DOUBLE) END AS pr_n 
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
HAVING count(*) = :count_2 AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_8) = :coalesce_9) THEN :param_154 ELSE :param_155 END) = :sum_1), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1 AND nps.answered_at >= :answered_at_1) THEN :param_148 ELSE :param_149 END AS bits 
FROM nps UNION ALL SELECT conflict.client_id AS client_id, :param_150 AS bits 
FROM conflict UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1) THEN :param_151 ELSE :param_152 END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_153 AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_75 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_76) THEN CAST(scored.below AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_77 AS DOUBLE) ELSE CAST(:param_78 AS DOUBLE) END ELSE CAST(:param_79 AS DOUBLE) END + CAST(:param_80 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN pr_n.pr_n ELSE CAST(:param_81 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_82 - scored.last_at) / :param_83) >= :param_84 AND FLOOR((:param_82 - scored.last_at) / :param_83) <= :param_85, false) = 1 AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) = 1 AND coalesce((crit.bits & :bits_1) != :param_86, false) = 1 AND coalesce((crit.bits & :bits_2) != :param_87, false) = 1 AND coalesce(false, false) = 1 AND coalesce((crit.bits & :bits_3) != :param_88, false) = 1)) THEN :param_89 WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_90 WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_91 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_4) THEN :param_92 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_5) THEN :param_93 WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_94 WHEN (scored.rev_w <= :rev_w_4) THEN :param_95 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_5 AND scored.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_96 < (SELECT stats.rev_total 
FROM stats) * :param_97 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4) * scored.rev_w) * :param_98 >= (SELECT stats.rev_total 
FROM stats) * :param_99 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_100 < (SELECT stats.rev_total 
FROM stats) * :param_101 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4) * scored.rev_w) * :param_102 >= (SELECT stats.rev_total 
FROM stats) * :param_103)) THEN boundary.place ELSE :param_104 END * scored.rev_w) * :param_105 < (SELECT stats.rev_total 
FROM stats) * :param_106) THEN :param_107 WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_5 AND scored.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_96 < (SELECT stats.rev_total 
FROM stats) * :param_97 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4) * scored.rev_w) * :param_98 >= (SELECT stats.rev_total 
FROM stats) * :param_99 OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_100 < (SELECT stats.rev_total 
FROM stats) * :param_101 AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4) * scored.rev_w) * :param_102 >= (SELECT stats.rev_total 
FROM stats) * :param_103)) THEN boundary.place ELSE :param_104 END * scored.rev_w) * :param_108 < (SELECT stats.rev_total 
FROM stats) * :param_109) THEN :param_110 ELSE :param_111 END NOT IN (__[POSTCOMPILE_param_112]))) THEN :param_113 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_6) != :coalesce_7)) THEN :param_114 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_115 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_116 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT concat(suppressions.address, :address_2) AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_117 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_118 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_82 - scored.last_at) / :param_83) >= :param_84 AND FLOOR((:param_82 - scored.last_at) / :param_83) <= :param_85, false) THEN :param_119 ELSE :param_120 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) THEN :param_121 ELSE :param_122 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1) != :param_86, false) THEN :param_123 ELSE :param_124 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2) != :param_87, false) THEN :param_125 ELSE :param_126 END AS f_conflict, CASE WHEN coalesce(false, false) THEN :param_127 ELSE :param_128 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_3) != :param_88, false) THEN :param_129 ELSE :param_130 END AS f_unreachable 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_131 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_132) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS SIGNED INTEGER) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4) THEN :param_133 ELSE :param_134 END AS active, CASE WHEN (agg.rev_w > :rev_w_6) THEN agg.rev_w ELSE :param_135 END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN boundary ON boundary.client_id = scored.client_id LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_82 - scored.last_at) / :param_83) >= :param_84 AND FLOOR((:param_82 - scored.last_at) / :param_83) <= :param_85, false) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) = 1 OR coalesce((crit.bits & :bits_1) != :param_86, false) = 1 OR coalesce((crit.bits & :bits_2) != :param_87, false) = 1 OR coalesce(false, false) = 1 OR coalesce((crit.bits & :bits_3) != :param_88, false) = 1 UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_10) AS n_w, coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_11) AS rev_w, CAST(NULL AS SIGNED INTEGER) AS last_at, CAST(NULL AS SIGNED INTEGER) AS first_w, coalesce(CAST(:param_156 AS DOUBLE) * CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_157) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_158) THEN CAST(CAST(NULL AS SIGNED INTEGER) AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_159 AS DOUBLE) ELSE CAST(:param_160 AS DOUBLE) END ELSE CAST(:param_161 AS DOUBLE) END + CAST(:param_162 AS DOUBLE) * CAST(:param_163 AS DOUBLE), :coalesce_12) AS score, CAST(NULL AS SIGNED INTEGER) AS positive_upto, CAST(NULL AS SIGNED INTEGER) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_164 - CAST(NULL AS SIGNED INTEGER)) / :param_165) >= :param_166 AND FLOOR((:param_164 - CAST(NULL AS SIGNED INTEGER)) / :param_165) <= :param_167, false) = 1 AND coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_168, false) = 1 AND coalesce((crit.bits & :bits_4) != :param_169, false) = 1 AND coalesce((crit.bits & :bits_5) != :param_170, false) = 1 AND coalesce((crit.bits & :bits_6) != :param_171, false) = 1 AND coalesce((crit.bits & :bits_7) != :param_172, false) = 1)) THEN :param_173 WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_174 WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_175 WHEN (coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_10) < :coalesce_13) THEN :param_176 WHEN (coalesce(CAST(NULL AS SIGNED INTEGER), :coalesce_11) < :coalesce_14) THEN :param_177 WHEN ((CASE WHEN (CAST(NULL AS SIGNED INTEGER) IS NULL) THEN :param_178 WHEN (CAST(NULL AS SIGNED INTEGER) <= :param_179) THEN :param_180 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_181 AND CAST(NULL AS SIGNED INTEGER) > :param_182 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_183 < (SELECT stats.rev_total 
FROM stats) * :param_184 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_185) * CAST(NULL AS SIGNED INTEGER)) * :param_186 >= (SELECT stats.rev_total 
FROM stats) * :param_187 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_188 < (SELECT stats.rev_total 
FROM stats) * :param_189 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_185) * CAST(NULL AS SIGNED INTEGER)) * :param_190 >= (SELECT stats.rev_total 
FROM stats) * :param_191)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_192 END * CAST(NULL AS SIGNED INTEGER)) * :param_193 < (SELECT stats.rev_total 
FROM stats) * :param_194) THEN :param_195 WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + CASE WHEN (CAST(NULL AS SIGNED INTEGER) > :param_181 AND CAST(NULL AS SIGNED INTEGER) > :param_182 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_183 < (SELECT stats.rev_total 
FROM stats) * :param_184 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_185) * CAST(NULL AS SIGNED INTEGER)) * :param_186 >= (SELECT stats.rev_total 
FROM stats) * :param_187 OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) * :param_188 < (SELECT stats.rev_total 
FROM stats) * :param_189 AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS SIGNED INTEGER)) + (CAST(NULL AS SIGNED INTEGER) - :param_185) * CAST(NULL AS SIGNED INTEGER)) * :param_190 >= (SELECT stats.rev_total 
FROM stats) * :param_191)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_192 END * CAST(NULL AS SIGNED INTEGER)) * :param_196 < (SELECT stats.rev_total 
FROM stats) * :param_197) THEN :param_198 ELSE :param_199 END NOT IN (__[POSTCOMPILE_param_200]))) THEN :param_201 WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2 AND assignments.created_at >= :created_at_2 AND coalesce(assignments.outcome, :coalesce_15) != :coalesce_16)) THEN :param_202 WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_115 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_116 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT concat(suppressions.address, :address_2) AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_117 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_203 END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_164 - CAST(NULL AS SIGNED INTEGER)) / :param_165) >= :param_166 AND FLOOR((:param_164 - CAST(NULL AS SIGNED INTEGER)) / :param_165) <= :param_167, false) THEN :param_204 ELSE :param_205 END AS f_recency, CASE WHEN coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_168, false) THEN :param_206 ELSE :param_207 END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_4) != :param_169, false) THEN :param_208 ELSE :param_209 END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_5) != :param_170, false) THEN :param_210 ELSE :param_211 END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_6) != :param_171, false) THEN :param_212 ELSE :param_213 END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_7) != :param_172, false) THEN :param_214 ELSE :param_215 END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND FLOOR((:param_164 - CAST(NULL AS SIGNED INTEGER)) / :param_165) >= :param_166 AND FLOOR((:param_164 - CAST(NULL AS SIGNED INTEGER)) / :param_165) <= :param_167, false) = 1 OR coalesce(CAST(NULL AS SIGNED INTEGER) IS NOT NULL AND CAST(NULL AS SIGNED INTEGER) = :param_168, false) = 1 OR coalesce((crit.bits & :bits_4) != :param_169, false) = 1 OR coalesce((crit.bits & :bits_5) != :param_170, false) = 1 OR coalesce((crit.bits & :bits_6) != :param_171, false) = 1 OR coalesce((crit.bits & :bits_7) != :param_172, false) = 1) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_2))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_216 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_217 ELSE :param_218 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_219 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_220 ELSE :param_221 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_222 ELSE :param_223 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_224 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_225 ELSE :param_226 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_227 ELSE :param_228 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_229 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_230 ELSE :param_231 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_232 ELSE :param_233 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_234 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_235 ELSE :param_236 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_237 ELSE :param_238 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_239 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_240 ELSE :param_241 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_242 ELSE :param_243 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_244 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_245 ELSE :param_246 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_247 ELSE :param_248 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_249 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_250 ELSE :param_251 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_252 ELSE :param_253 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_254 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_255 ELSE :param_256 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders INNER JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_257 ELSE :param_258 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_259 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_260 ELSE :param_261 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_262 ELSE :param_263 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_264 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_265 ELSE :param_266 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_267 ELSE :param_268 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_269 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_270 ELSE :param_271 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_272 ELSE :param_273 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_274 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_275 ELSE :param_276 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_277 ELSE :param_278 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_279 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_280 ELSE :param_281 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_282 ELSE :param_283 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_284 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_285 ELSE :param_286 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_287 ELSE :param_288 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_289 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_290 ELSE :param_291 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_292 ELSE :param_293 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_294 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_295 ELSE :param_296 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, pending.first_w AS first_w, CASE WHEN (pending.last_at < :last_at_1) THEN CASE WHEN (pending.last_at < :last_at_2) THEN CASE WHEN (pending.last_at < :last_at_3) THEN CASE WHEN (pending.last_at < :last_at_4) THEN CASE WHEN (pending.last_at < :last_at_5) THEN :param_297 ELSE :param_298 END ELSE CASE WHEN (pending.last_at < :last_at_6) THEN :param_299 ELSE CASE WHEN (pending.last_at < :last_at_7) THEN :param_300 ELSE :param_301 END END END ELSE CASE WHEN (pending.last_at < :last_at_8) THEN CASE WHEN (pending.last_at < :last_at_9) THEN :param_302 ELSE :param_303 END ELSE CASE WHEN (pending.last_at < :last_at_10) THEN :param_304 ELSE CASE WHEN (pending.last_at < :last_at_11) THEN :param_305 ELSE :param_306 END END END END ELSE CASE WHEN (pending.last_at < :last_at_12) THEN CASE WHEN (pending.last_at < :last_at_13) THEN CASE WHEN (pending.last_at < :last_at_14) THEN :param_307 ELSE :param_308 END ELSE CASE WHEN (pending.last_at < :last_at_15) THEN :param_309 ELSE CASE WHEN (pending.last_at < :last_at_16) THEN :param_310 ELSE :param_311 END END END ELSE CASE WHEN (pending.last_at < :last_at_17) THEN CASE WHEN (pending.last_at < :last_at_18) THEN :param_312 ELSE :param_313 END ELSE CASE WHEN (pending.last_at < :last_at_19) THEN :param_314 ELSE CASE WHEN (pending.last_at < :last_at_20) THEN :param_315 ELSE :param_316 END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21) THEN CASE WHEN (pending.last_at < :last_at_22) THEN CASE WHEN (pending.last_at < :last_at_23) THEN CASE WHEN (pending.last_at < :last_at_24) THEN :param_317 ELSE :param_318 END ELSE CASE WHEN (pending.last_at < :last_at_25) THEN :param_319 ELSE CASE WHEN (pending.last_at < :last_at_26) THEN :param_320 ELSE :param_321 END END END ELSE CASE WHEN (pending.last_at < :last_at_27) THEN CASE WHEN (pending.last_at < :last_at_28) THEN :param_322 ELSE :param_323 END ELSE CASE WHEN (pending.last_at < :last_at_29) THEN :param_324 ELSE CASE WHEN (pending.last_at < :last_at_30) THEN :param_325 ELSE :param_326 END END END END ELSE CASE WHEN (pending.last_at < :last_at_31) THEN CASE WHEN (pending.last_at < :last_at_32) THEN CASE WHEN (pending.last_at < :last_at_33) THEN :param_327 ELSE :param_328 END ELSE CASE WHEN (pending.last_at < :last_at_34) THEN :param_329 ELSE CASE WHEN (pending.last_at < :last_at_35) THEN :param_330 ELSE :param_331 END END END ELSE CASE WHEN (pending.last_at < :last_at_36) THEN CASE WHEN (pending.last_at < :last_at_37) THEN :param_332 ELSE :param_333 END ELSE CASE WHEN (pending.last_at < :last_at_38) THEN :param_334 ELSE CASE WHEN (pending.last_at < :last_at_39) THEN :param_335 ELSE :param_336 END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost 
WHERE lost.excluded_by IS NULL) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6 AND :param_337 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_338 < :param_339 OR :param_340 * (:param_341 - xyz_months.first_m) > :n_w_7 * xyz_months.n_w OR :param_342 * (:param_341 - xyz_months.first_m) > :param_343 * ((xyz_months.last_m - xyz_months.first_m) + :param_338))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_42 AND orders.placed_at < :placed_at_43 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_217 ELSE :param_218 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_219 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_220 ELSE :param_221 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_222 ELSE :param_223 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_224 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_225 ELSE :param_226 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_227 ELSE :param_228 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_229 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_230 ELSE :param_231 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_232 ELSE :param_233 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_234 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_235 ELSE :param_236 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_237 ELSE :param_238 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_239 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_240 ELSE :param_241 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_242 ELSE :param_243 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_244 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_245 ELSE :param_246 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_247 ELSE :param_248 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_249 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_250 ELSE :param_251 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_252 ELSE :param_253 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_254 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_255 ELSE :param_256 END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_65 WHEN (xyz.k < :k_1) THEN :param_66 WHEN (xyz.s <= :s_1) THEN :param_67 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_68 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_69 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_70 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_71 ELSE :param_72 END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_65 WHEN (xyz.k < :k_1) THEN :param_66 WHEN (xyz.s <= :s_1) THEN :param_67 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_68 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_69 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_70 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_71 ELSE :param_72 END NOT IN (__[POSTCOMPILE_param_73]))) THEN :param_74 END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_47 ELSE :param_48 END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_49 ELSE :param_50 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_51 ELSE :param_52 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_53 ELSE :param_54 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_55 ELSE :param_56 END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6) THEN :param_57 ELSE :param_58 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7) THEN :param_59 ELSE :param_60 END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8) THEN :param_61 ELSE :param_62 END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_63 ELSE :param_64 END) AS t_remaining 
FROM staged), 
cut AS 
(SELECT staged.score AS score, staged.rev_w AS rev_w 
FROM staged 
WHERE staged.charged IS NULL AND (SELECT totals.t_remaining 
FROM totals) >= :param_344 ORDER BY staged.score DESC, staged.rev_w DESC 
 LIMIT :param_345, :param_346), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent 
FROM staged INNER JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NULL AND (NOT (EXISTS (SELECT * 
FROM cut)) OR staged.score > (SELECT cut.score 
FROM cut) OR staged.score = (SELECT cut.score 
FROM cut) AND staged.rev_w >= (SELECT cut.rev_w 
FROM cut)))
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3 AND top.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_23 < (SELECT stats.rev_total 
FROM stats) * :param_24 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_25 >= (SELECT stats.rev_total 
FROM stats) * :param_26 OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_27 < (SELECT stats.rev_total 
FROM stats) * :param_28 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_29 >= (SELECT stats.rev_total 
FROM stats) * :param_30)) THEN boundary.place ELSE :param_31 END * top.rev_w) * :param_32 < (SELECT stats.rev_total 
FROM stats) * :param_33) THEN :param_34 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3 AND top.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_23 < (SELECT stats.rev_total 
FROM stats) * :param_24 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_25 >= (SELECT stats.rev_total 
FROM stats) * :param_26 OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_27 < (SELECT stats.rev_total 
FROM stats) * :param_28 AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2) * top.rev_w) * :param_29 >= (SELECT stats.rev_total 
FROM stats) * :param_30)) THEN boundary.place ELSE :param_31 END * top.rev_w) * :param_35 < (SELECT stats.rev_total 
FROM stats) * :param_36) THEN :param_37 ELSE :param_38 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE FLOOR((:param_39 - top.last_at) / :param_40) END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_41 ELSE :param_42 END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT concat(suppressions.address, :address_1) AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_43 ELSE :param_44 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_45 ELSE :param_46 END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON true = 1 LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id ORDER BY top.score DESC, top.rev_w DESC, top.external_id COLLATE utf8mb4_bin 
 LIMIT :param_347;
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
-- param_100 = 20
-- param_101 = 19
-- param_102 = 20
-- param_103 = 19
-- param_104 = 0
-- param_105 = 5
-- param_106 = 4
-- param_107 = 'A'
-- param_108 = 20
-- param_109 = 19
-- param_11 = 2.5
-- param_110 = 'B'
-- param_111 = 'C'
-- param_112 = ['A', 'B']
-- param_113 = 'abc'
-- param_114 = 'cooldown'
-- param_115 = 0
-- param_116 = 1
-- param_117 = 2
-- param_118 = 'opted_out'
-- param_119 = 1
-- param_12 = 1751317200
-- param_120 = 0
-- param_121 = 1
-- param_122 = 0
-- param_123 = 1
-- param_124 = 0
-- param_125 = 1
-- param_126 = 0
-- param_127 = 1
-- param_128 = 0
-- param_129 = 1
-- param_13 = 86400
-- param_130 = 0
-- param_131 = 1
-- param_132 = 1
-- param_133 = 1
-- param_134 = 0
-- param_135 = 0
-- param_136 = 1
-- param_137 = 5
-- param_138 = 4
-- param_139 = 5
-- param_14 = 172800
-- param_140 = 4
-- param_141 = 20
-- param_142 = 19
-- param_143 = 20
-- param_144 = 19
-- param_145 = 1
-- param_146 = 1
-- param_147 = 0.0
-- param_148 = 1
-- param_149 = 0
-- param_15 = 1
-- param_150 = 2
-- param_151 = 4
-- param_152 = 0
-- param_153 = 8
-- param_154 = 1
-- param_155 = 0
-- param_156 = 0.25
-- param_157 = 0
-- param_158 = 1
-- param_159 = 1
-- param_16 = 0
-- param_160 = 0.0
-- param_161 = 0.0
-- param_162 = 0.75
-- param_163 = 0.0
-- param_164 = 1751317200
-- param_165 = 86400
-- param_166 = 60
-- param_167 = 900
-- param_168 = 1
-- param_169 = 0
-- param_17 = 2.5
-- param_170 = 0
-- param_171 = 0
-- param_172 = 0
-- param_173 = 'not_all_criteria'
-- param_174 = 'tags'
-- param_175 = 'tags'
-- param_176 = 'min_orders'
-- param_177 = 'min_revenue'
-- param_178 = 'C'
-- param_179 = 0
-- param_18 = 1751317200
-- param_180 = 'C'
-- param_181 = 0
-- param_182 = 1
-- param_183 = 5
-- param_184 = 4
-- param_185 = 1
-- param_186 = 5
-- param_187 = 4
-- param_188 = 20
-- param_189 = 19
-- param_19 = 86400
-- param_190 = 20
-- param_191 = 19
-- param_192 = 0
-- param_193 = 5
-- param_194 = 4
-- param_195 = 'A'
-- param_196 = 20
-- param_197 = 19
-- param_198 = 'B'
-- param_199 = 'C'
-- param_2 = 'C'
-- param_20 = 86400
-- param_200 = ['A', 'B']
-- param_201 = 'abc'
-- param_202 = 'cooldown'
-- param_203 = 'opted_out'
-- param_204 = 1
-- param_205 = 0
-- param_206 = 1
-- param_207 = 0
-- param_208 = 1
-- param_209 = 0
-- param_21 = 1
-- param_210 = 1
-- param_211 = 0
-- param_212 = 1
-- param_213 = 0
-- param_214 = 1
-- param_215 = 0
-- param_216 = 1
-- param_217 = 0
-- param_218 = 1
-- param_219 = 2
-- param_22 = 0
-- param_220 = 3
-- param_221 = 4
-- param_222 = 5
-- param_223 = 6
-- param_224 = 7
-- param_225 = 8
-- param_226 = 9
-- param_227 = 10
-- param_228 = 11
-- param_229 = 12
-- param_23 = 5
-- param_230 = 13
-- param_231 = 14
-- param_232 = 15
-- param_233 = 16
-- param_234 = 17
-- param_235 = 18
-- param_236 = 19
-- param_237 = 20
-- param_238 = 21
-- param_239 = 22
-- param_24 = 4
-- param_240 = 23
-- param_241 = 24
-- param_242 = 25
-- param_243 = 26
-- param_244 = 27
-- param_245 = 28
-- param_246 = 29
-- param_247 = 30
-- param_248 = 31
-- param_249 = 32
-- param_25 = 5
-- param_250 = 33
-- param_251 = 34
-- param_252 = 35
-- param_253 = 36
-- param_254 = 37
-- param_255 = 38
-- param_256 = 39
-- param_257 = 0
-- param_258 = 1
-- param_259 = 2
-- param_26 = 4
-- param_260 = 3
-- param_261 = 4
-- param_262 = 5
-- param_263 = 6
-- param_264 = 7
-- param_265 = 8
-- param_266 = 9
-- param_267 = 10
-- param_268 = 11
-- param_269 = 12
-- param_27 = 20
-- param_270 = 13
-- param_271 = 14
-- param_272 = 15
-- param_273 = 16
-- param_274 = 17
-- param_275 = 18
-- param_276 = 19
-- param_277 = 20
-- param_278 = 21
-- param_279 = 22
-- param_28 = 19
-- param_280 = 23
-- param_281 = 24
-- param_282 = 25
-- param_283 = 26
-- param_284 = 27
-- param_285 = 28
-- param_286 = 29
-- param_287 = 30
-- param_288 = 31
-- param_289 = 32
-- param_29 = 20
-- param_290 = 33
-- param_291 = 34
-- param_292 = 35
-- param_293 = 36
-- param_294 = 37
-- param_295 = 38
-- param_296 = 39
-- param_297 = 0
-- param_298 = 1
-- param_299 = 2
-- param_3 = 1
-- param_30 = 19
-- param_300 = 3
-- param_301 = 4
-- param_302 = 5
-- param_303 = 6
-- param_304 = 7
-- param_305 = 8
-- param_306 = 9
-- param_307 = 10
-- param_308 = 11
-- param_309 = 12
-- param_31 = 0
-- param_310 = 13
-- param_311 = 14
-- param_312 = 15
-- param_313 = 16
-- param_314 = 17
-- param_315 = 18
-- param_316 = 19
-- param_317 = 20
-- param_318 = 21
-- param_319 = 22
-- param_32 = 5
-- param_320 = 23
-- param_321 = 24
-- param_322 = 25
-- param_323 = 26
-- param_324 = 27
-- param_325 = 28
-- param_326 = 29
-- param_327 = 30
-- param_328 = 31
-- param_329 = 32
-- param_33 = 4
-- param_330 = 33
-- param_331 = 34
-- param_332 = 35
-- param_333 = 36
-- param_334 = 37
-- param_335 = 38
-- param_336 = 39
-- param_337 = 624
-- param_338 = 1
-- param_339 = 3
-- param_34 = 'A'
-- param_340 = 16
-- param_341 = 40
-- param_342 = 16
-- param_343 = 17
-- param_344 = 250
-- param_345 = 249
-- param_346 = 1
-- param_347 = 250
-- param_35 = 20
-- param_36 = 19
-- param_37 = 'B'
-- param_38 = 'C'
-- param_39 = 1751317200
-- param_4 = 0
-- param_40 = 86400
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
-- param_6 = 2
-- param_60 = 0
-- param_61 = 1
-- param_62 = 0
-- param_63 = 1
-- param_64 = 0
-- param_65 = 'Z'
-- param_66 = 'Z'
-- param_67 = 'Z'
-- param_68 = 0.01
-- param_69 = 'X'
-- param_7 = 1
-- param_70 = 0.0625
-- param_71 = 'Y'
-- param_72 = 'Z'
-- param_73 = ['X', 'Y']
-- param_74 = 'xyz'
-- param_75 = 0.25
-- param_76 = 1
-- param_77 = 1
-- param_78 = 0.0
-- param_79 = 0.0
-- param_8 = 1
-- param_80 = 0.75
-- param_81 = 0.0
-- param_82 = 1751317200
-- param_83 = 86400
-- param_84 = 60
-- param_85 = 900
-- param_86 = 0
-- param_87 = 0
-- param_88 = 0
-- param_89 = 'not_all_criteria'
-- param_9 = 2
-- param_90 = 'tags'
-- param_91 = 'tags'
-- param_92 = 'min_orders'
-- param_93 = 'min_revenue'
-- param_94 = 'C'
-- param_95 = 'C'
-- param_96 = 5
-- param_97 = 4
-- param_98 = 5
-- param_99 = 4
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- peers_5 = 1
-- peers_6 = 1
-- placed_at_1 = 1751317200
-- placed_at_10 = 1664571600
-- placed_at_11 = 1661979600
-- placed_at_12 = 1667250000
-- placed_at_13 = 1669842000
-- placed_at_14 = 1685566800
-- placed_at_15 = 1677618000
-- placed_at_16 = 1675198800
-- placed_at_17 = 1680296400
-- placed_at_18 = 1682888400
-- placed_at_19 = 1690837200
-- placed_at_2 = 1751317200
-- placed_at_20 = 1688158800
-- placed_at_21 = 1693515600
-- placed_at_22 = 1696107600
-- placed_at_23 = 1725138000
-- placed_at_24 = 1711918800
-- placed_at_25 = 1704056400
-- placed_at_26 = 1701378000
-- placed_at_27 = 1706734800
-- placed_at_28 = 1709240400
-- placed_at_29 = 1717189200
-- placed_at_3 = 1698786000
-- placed_at_30 = 1714510800
-- placed_at_31 = 1719781200
-- placed_at_32 = 1722459600
-- placed_at_33 = 1738357200
-- placed_at_34 = 1730408400
-- placed_at_35 = 1727730000
-- placed_at_36 = 1733000400
-- placed_at_37 = 1735678800
-- placed_at_38 = 1743454800
-- placed_at_39 = 1740776400
-- placed_at_4 = 1672520400
-- placed_at_40 = 1746046800
-- placed_at_41 = 1748725200
-- placed_at_42 = 1646082000
-- placed_at_43 = 1751317200
-- placed_at_5 = 1659301200
-- placed_at_6 = 1651352400
-- placed_at_7 = 1648760400
-- placed_at_8 = 1654030800
-- placed_at_9 = 1656622800
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
