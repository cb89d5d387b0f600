-- namespace(criteria=('recency', 'overdue'), source='orders', excluded=False, client=None)
WITH agg AS 
(SELECT gaps.client_id AS client_id, gaps.n_all AS n_all, gaps.last_at AS last_at, gaps.rev_w AS rev_w, gaps.n_w AS n_w, gaps.first_w AS first_w, CASE WHEN (gaps.n_all >= :n_all_1 AND ((gaps.n_all - :n_all_2) % :param_6 = :param_7 AND :gaps_le_1 * gaps.gaps_le >= (gaps.n_all - :n_all_2) + :param_8 OR (gaps.n_all - :n_all_2) % :param_6 != :param_7 AND (gaps.gaps_le >= FLOOR((gaps.n_all - :n_all_2) / :param_9) + :param_10 OR gaps.gaps_le = FLOOR((gaps.n_all - :n_all_2) / :param_9) AND CAST(:param_11 AS DOUBLE) * (gaps.gap_lo + gaps.gap_hi) <= (FLOOR((:param_12 - gaps.last_at) / :param_13)) * :param_14))) THEN :param_15 ELSE :param_16 END AS overdue 
FROM (SELECT o.client_id AS client_id, count(*) AS n_all, max(o.last_at) AS last_at, CAST(sum(o.amount_minor) AS SIGNED INTEGER) AS rev_w, count(*) AS n_w, min(o.placed_at) AS first_w, sum(CASE WHEN (o.gap IS NOT NULL AND CAST(:param_17 AS DOUBLE) * o.gap <= (FLOOR((:param_18 - o.last_at) / :param_19)) * :param_20) THEN :param_21 ELSE :param_22 END) AS gaps_le, max(CASE WHEN (o.gap IS NOT NULL AND CAST(:param_17 AS DOUBLE) * o.gap <= (FLOOR((:param_18 - o.last_at) / :param_19)) * :param_20) THEN o.gap END) AS gap_lo, min(CASE WHEN (o.gap IS NOT NULL AND NOT (o.gap IS NOT NULL AND CAST(:param_17 AS DOUBLE) * o.gap <= (FLOOR((:param_18 - o.last_at) / :param_19)) * :param_20)) THEN o.gap END) AS gap_hi 
FROM (SELECT orders.client_id AS client_id, orders.placed_at AS placed_at, orders.amount_minor AS amount_minor, first_value(orders.placed_at) OVER (PARTITION BY orders.client_id ORDER BY orders.placed_at DESC) AS last_at, lag(orders.placed_at) OVER (PARTITION BY orders.client_id ORDER BY orders.placed_at DESC) - orders.placed_at AS gap 
FROM orders 
WHERE orders.placed_at <= :placed_at_1) AS o GROUP BY o.client_id) AS gaps), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS SIGNED INTEGER) AS rev_total 
FROM agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_95) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / CAST(sum(hist.cnt) OVER () - :param_96 AS DOUBLE) ELSE CAST(:param_97 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5 GROUP BY agg.n_w) AS hist), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_67 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_68) THEN CAST(scored.below AS DOUBLE) / CAST((SELECT stats.n_active 
FROM stats) - :param_69 AS DOUBLE) ELSE CAST(:param_70 AS DOUBLE) END ELSE CAST(:param_71 AS DOUBLE) END + CAST(:param_72 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN pr_n.pr_n ELSE CAST(:param_73 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1]))) THEN :param_74 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_4) THEN :param_75 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_5) THEN :param_76 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_6) != :coalesce_7)) THEN :param_77 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_telegram.client_id AS client_id, :param_78 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_telegram UNION ALL SELECT suppressed_email.client_id AS client_id, :param_79 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT concat(suppressions.address, :address_2) AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_80 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_sms) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_81 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_82 - scored.last_at) / :param_83) >= :param_84 AND FLOOR((:param_82 - scored.last_at) / :param_83) <= :param_85, false) THEN :param_86 ELSE :param_87 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) THEN :param_88 ELSE :param_89 END AS f_overdue 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_90 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_91) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS SIGNED INTEGER) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4) THEN :param_92 ELSE :param_93 END AS active, CASE WHEN (agg.rev_w > :rev_w_4) THEN agg.rev_w ELSE :param_94 END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w 
WHERE coalesce(scored.last_at IS NOT NULL AND FLOOR((:param_82 - scored.last_at) / :param_83) >= :param_84 AND FLOOR((:param_82 - scored.last_at) / :param_83) <= :param_85, false) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, false) = 1) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_55 ELSE :param_56 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_57 ELSE :param_58 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_59 ELSE :param_60 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_61 ELSE :param_62 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_63 ELSE :param_64 END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_65 ELSE :param_66 END) AS t_remaining 
FROM staged), 
cut AS 
(SELECT staged.score AS score, staged.rev_w AS rev_w 
FROM staged 
WHERE staged.charged IS NULL AND (SELECT totals.t_remaining 
FROM totals) >= :param_98 ORDER BY staged.score DESC, staged.rev_w DESC 
 LIMIT :param_99, :param_100), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent 
FROM staged INNER JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NULL AND (NOT (EXISTS (SELECT * 
FROM cut)) OR staged.score > (SELECT cut.score 
FROM cut) OR staged.score = (SELECT cut.score 
FROM cut) AND staged.rev_w >= (SELECT cut.rev_w 
FROM cut))), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id COLLATE utf8mb4_bin AS anon_3 
FROM clients 
WHERE clients.id = agg.client_id)) - :param_101 AS place 
FROM agg 
WHERE agg.rev_w IN (SELECT staged.rev_w 
FROM staged 
WHERE staged.rev_w > :rev_w_5 AND staged.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_102 < (SELECT stats.rev_total 
FROM stats) * :param_103 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_104 >= (SELECT stats.rev_total 
FROM stats) * :param_105 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_106 < (SELECT stats.rev_total 
FROM stats) * :param_107 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_108 >= (SELECT stats.rev_total 
FROM stats) * :param_109))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_110 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_2) THEN CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN :param_111 ELSE :param_112 END ELSE CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_113 ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_114 ELSE :param_115 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_116 ELSE :param_117 END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_118 ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_119 ELSE :param_120 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_121 ELSE :param_122 END ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_123 ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_124 ELSE :param_125 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_126 ELSE :param_127 END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_128 ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_129 ELSE :param_130 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN :param_131 ELSE :param_132 END ELSE CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_133 ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_134 ELSE :param_135 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_136 ELSE :param_137 END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_138 ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_139 ELSE :param_140 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_141 ELSE :param_142 END ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_143 ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_144 ELSE :param_145 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_146 ELSE :param_147 END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_148 ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_149 ELSE :param_150 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders INNER JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_151 ELSE :param_152 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_153 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_154 ELSE :param_155 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_156 ELSE :param_157 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_158 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_159 ELSE :param_160 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_161 ELSE :param_162 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_163 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_164 ELSE :param_165 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_166 ELSE :param_167 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_168 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_169 ELSE :param_170 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_171 ELSE :param_172 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_173 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_174 ELSE :param_175 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_176 ELSE :param_177 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_178 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_179 ELSE :param_180 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_181 ELSE :param_182 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_183 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_184 ELSE :param_185 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_186 ELSE :param_187 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_188 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_189 ELSE :param_190 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, top.first_w AS first_w, CASE WHEN (top.last_at < :last_at_1) THEN CASE WHEN (top.last_at < :last_at_2) THEN CASE WHEN (top.last_at < :last_at_3) THEN CASE WHEN (top.last_at < :last_at_4) THEN CASE WHEN (top.last_at < :last_at_5) THEN :param_191 ELSE :param_192 END ELSE CASE WHEN (top.last_at < :last_at_6) THEN :param_193 ELSE CASE WHEN (top.last_at < :last_at_7) THEN :param_194 ELSE :param_195 END END END ELSE CASE WHEN (top.last_at < :last_at_8) THEN CASE WHEN (top.last_at < :last_at_9) THEN :param_196 ELSE :param_197 END ELSE CASE WHEN (top.last_at < :last_at_10) THEN :param_198 ELSE CASE WHEN (top.last_at < :last_at_11) THEN :param_199 ELSE :param_200 END END END END ELSE CASE WHEN (top.last_at < :last_at_12) THEN CASE WHEN (top.last_at < :last_at_13) THEN CASE WHEN (top.last_at < :last_at_14) THEN :param_201 ELSE :param_202 END ELSE CASE WHEN (top.last_at < :last_at_15) THEN :param_203 ELSE CASE WHEN (top.last_at < :last_at_16) THEN :param_204 ELSE :param_205 END END END ELSE CASE WHEN (top.last_at < :last_at_17) THEN CASE WHEN (top.last_at < :last_at_18) THEN :param_206 ELSE :param_207 END ELSE CASE WHEN (top.last_at < :last_at_19) THEN :param_208 ELSE CASE WHEN (top.last_at < :last_at_20) THEN :param_209 ELSE :param_210 END END END END END ELSE CASE WHEN (top.last_at < :last_at_21) THEN CASE WHEN (top.last_at < :last_at_22) THEN CASE WHEN (top.last_at < :last_at_23) THEN CASE WHEN (top.last_at < :last_at_24) THEN :param_211 ELSE :param_212 END ELSE CASE WHEN (top.last_at < :last_at_25) THEN :param_213 ELSE CASE WHEN (top.last_at < :last_at_26) THEN :param_214 ELSE :param_215 END END END ELSE CASE WHEN (top.last_at < :last_at_27) THEN CASE WHEN (top.last_at < :last_at_28) THEN :param_216 ELSE :param_217 END ELSE CASE WHEN (top.last_at < :last_at_29) THEN :param_218 ELSE CASE WHEN (top.last_at < :last_at_30) THEN :param_219 ELSE :param_220 END END END END ELSE CASE WHEN (top.last_at < :last_at_31) THEN CASE WHEN (top.last_at < :last_at_32) THEN CASE WHEN (top.last_at < :last_at_33) THEN :param_221 ELSE :param_222 END ELSE CASE WHEN (top.last_at < :last_at_34) THEN :param_223 ELSE CASE WHEN (top.last_at < :last_at_35) THEN :param_224 ELSE :param_225 END END END ELSE CASE WHEN (top.last_at < :last_at_36) THEN CASE WHEN (top.last_at < :last_at_37) THEN :param_226 ELSE :param_227 END ELSE CASE WHEN (top.last_at < :last_at_38) THEN :param_228 ELSE CASE WHEN (top.last_at < :last_at_39) THEN :param_229 ELSE :param_230 END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6 AND :param_231 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_232 < :param_233 OR :param_234 * (:param_235 - xyz_months.first_m) > :n_w_7 * xyz_months.n_w OR :param_236 * (:param_235 - xyz_months.first_m) > :param_237 * ((xyz_months.last_m - xyz_months.first_m) + :param_232))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_41 AND orders.placed_at < :placed_at_42 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_2) THEN CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN :param_111 ELSE :param_112 END ELSE CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_113 ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_114 ELSE :param_115 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_116 ELSE :param_117 END ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_118 ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_119 ELSE :param_120 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_121 ELSE :param_122 END ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_123 ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_124 ELSE :param_125 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_126 ELSE :param_127 END ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_128 ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_129 ELSE :param_130 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN :param_131 ELSE :param_132 END ELSE CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_133 ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_134 ELSE :param_135 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_136 ELSE :param_137 END ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_138 ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_139 ELSE :param_140 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_141 ELSE :param_142 END ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_143 ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_144 ELSE :param_145 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_146 ELSE :param_147 END ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_148 ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_149 ELSE :param_150 END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
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
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_41 ELSE :param_42 END AS s_telegram, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT concat(suppressions.address, :address_1) AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_43 ELSE :param_44 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_45 ELSE :param_46 END AS s_sms, CASE WHEN (xyz.k IS NULL) THEN :param_47 WHEN (xyz.k < :k_1) THEN :param_48 WHEN (xyz.s <= :s_1) THEN :param_49 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_50 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_51 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_52 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_53 ELSE :param_54 END AS xyz 
FROM totals LEFT OUTER JOIN top ON true = 1 LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.score DESC, top.rev_w DESC, top.external_id COLLATE utf8mb4_bin 
 LIMIT :param_238;
-- parameters
-- address_1 = ''
-- address_2 = ''
-- campaign_1 = 'lapsed-regulars'
-- channel_1 = 'telegram'
-- channel_10 = 'email'
-- channel_11 = 'sms'
-- channel_12 = 'sms'
-- channel_2 = 'telegram'
-- channel_3 = 'email'
-- channel_4 = 'email'
-- channel_5 = 'sms'
-- channel_6 = 'sms'
-- channel_7 = 'telegram'
-- channel_8 = 'telegram'
-- channel_9 = 'email'
-- charged_1 = 'tags'
-- charged_2 = 'min_orders'
-- charged_3 = 'min_revenue'
-- charged_4 = 'cooldown'
-- charged_5 = 'opted_out'
-- coalesce_1 = 0
-- coalesce_2 = 0
-- coalesce_3 = 0.0
-- coalesce_4 = 2
-- coalesce_5 = 300000
-- coalesce_6 = ''
-- coalesce_7 = 'no_channel'
-- count_1 = 3
-- created_at_1 = 1743575400
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
-- n_all_1 = 3
-- n_all_2 = 1
-- n_w_1 = 0
-- n_w_2 = 0
-- n_w_3 = 0
-- n_w_4 = 0
-- n_w_5 = 0
-- n_w_6 = 3
-- n_w_7 = 17
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 1
-- param_100 = 1
-- param_101 = 1
-- param_102 = 5
-- param_103 = 4
-- param_104 = 5
-- param_105 = 4
-- param_106 = 20
-- param_107 = 19
-- param_108 = 20
-- param_109 = 19
-- param_11 = 3.0
-- param_110 = 1
-- param_111 = 0
-- param_112 = 1
-- param_113 = 2
-- param_114 = 3
-- param_115 = 4
-- param_116 = 5
-- param_117 = 6
-- param_118 = 7
-- param_119 = 8
-- param_12 = 1751317200
-- param_120 = 9
-- param_121 = 10
-- param_122 = 11
-- param_123 = 12
-- param_124 = 13
-- param_125 = 14
-- param_126 = 15
-- param_127 = 16
-- param_128 = 17
-- param_129 = 18
-- param_13 = 86400
-- param_130 = 19
-- param_131 = 20
-- param_132 = 21
-- param_133 = 22
-- param_134 = 23
-- param_135 = 24
-- param_136 = 25
-- param_137 = 26
-- param_138 = 27
-- param_139 = 28
-- param_14 = 172800
-- param_140 = 29
-- param_141 = 30
-- param_142 = 31
-- param_143 = 32
-- param_144 = 33
-- param_145 = 34
-- param_146 = 35
-- param_147 = 36
-- param_148 = 37
-- param_149 = 38
-- param_15 = 1
-- param_150 = 39
-- param_151 = 0
-- param_152 = 1
-- param_153 = 2
-- param_154 = 3
-- param_155 = 4
-- param_156 = 5
-- param_157 = 6
-- param_158 = 7
-- param_159 = 8
-- param_16 = 0
-- param_160 = 9
-- param_161 = 10
-- param_162 = 11
-- param_163 = 12
-- param_164 = 13
-- param_165 = 14
-- param_166 = 15
-- param_167 = 16
-- param_168 = 17
-- param_169 = 18
-- param_17 = 3.0
-- param_170 = 19
-- param_171 = 20
-- param_172 = 21
-- param_173 = 22
-- param_174 = 23
-- param_175 = 24
-- param_176 = 25
-- param_177 = 26
-- param_178 = 27
-- param_179 = 28
-- param_18 = 1751317200
-- param_180 = 29
-- param_181 = 30
-- param_182 = 31
-- param_183 = 32
-- param_184 = 33
-- param_185 = 34
-- param_186 = 35
-- param_187 = 36
-- param_188 = 37
-- param_189 = 38
-- param_19 = 86400
-- param_190 = 39
-- param_191 = 0
-- param_192 = 1
-- param_193 = 2
-- param_194 = 3
-- param_195 = 4
-- param_196 = 5
-- param_197 = 6
-- param_198 = 7
-- param_199 = 8
-- param_2 = 'C'
-- param_20 = 86400
-- param_200 = 9
-- param_201 = 10
-- param_202 = 11
-- param_203 = 12
-- param_204 = 13
-- param_205 = 14
-- param_206 = 15
-- param_207 = 16
-- param_208 = 17
-- param_209 = 18
-- param_21 = 1
-- param_210 = 19
-- param_211 = 20
-- param_212 = 21
-- param_213 = 22
-- param_214 = 23
-- param_215 = 24
-- param_216 = 25
-- param_217 = 26
-- param_218 = 27
-- param_219 = 28
-- param_22 = 0
-- param_220 = 29
-- param_221 = 30
-- param_222 = 31
-- param_223 = 32
-- param_224 = 33
-- param_225 = 34
-- param_226 = 35
-- param_227 = 36
-- param_228 = 37
-- param_229 = 38
-- param_23 = 5
-- param_230 = 39
-- param_231 = 624
-- param_232 = 1
-- param_233 = 3
-- param_234 = 16
-- param_235 = 40
-- param_236 = 16
-- param_237 = 17
-- param_238 = 500
-- param_24 = 4
-- param_25 = 5
-- param_26 = 4
-- param_27 = 20
-- param_28 = 19
-- param_29 = 20
-- param_3 = 1
-- param_30 = 19
-- param_31 = 0
-- param_32 = 5
-- param_33 = 4
-- param_34 = 'A'
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
-- param_47 = 'Z'
-- param_48 = 'Z'
-- param_49 = 'Z'
-- param_5 = 0
-- param_50 = 0.01
-- param_51 = 'X'
-- param_52 = 0.0625
-- param_53 = 'Y'
-- param_54 = 'Z'
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
-- param_65 = 1
-- param_66 = 0
-- param_67 = 0.6
-- param_68 = 1
-- param_69 = 1
-- param_7 = 1
-- param_70 = 0.0
-- param_71 = 0.0
-- param_72 = 0.4
-- param_73 = 0.0
-- param_74 = 'tags'
-- param_75 = 'min_orders'
-- param_76 = 'min_revenue'
-- param_77 = 'cooldown'
-- param_78 = 0
-- param_79 = 1
-- param_8 = 1
-- param_80 = 2
-- param_81 = 'opted_out'
-- param_82 = 1751317200
-- param_83 = 86400
-- param_84 = 90
-- param_85 = 730
-- param_86 = 1
-- param_87 = 0
-- param_88 = 1
-- param_89 = 0
-- param_9 = 2
-- param_90 = 1
-- param_91 = 1
-- param_92 = 1
-- param_93 = 0
-- param_94 = 0
-- param_95 = 1
-- param_96 = 1
-- param_97 = 0.0
-- param_98 = 500
-- param_99 = 499
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- placed_at_1 = 1751317200
-- placed_at_10 = 1661979600
-- placed_at_11 = 1667250000
-- placed_at_12 = 1669842000
-- placed_at_13 = 1685566800
-- placed_at_14 = 1677618000
-- placed_at_15 = 1675198800
-- placed_at_16 = 1680296400
-- placed_at_17 = 1682888400
-- placed_at_18 = 1690837200
-- placed_at_19 = 1688158800
-- placed_at_2 = 1698786000
-- placed_at_20 = 1693515600
-- placed_at_21 = 1696107600
-- placed_at_22 = 1725138000
-- placed_at_23 = 1711918800
-- placed_at_24 = 1704056400
-- placed_at_25 = 1701378000
-- placed_at_26 = 1706734800
-- placed_at_27 = 1709240400
-- placed_at_28 = 1717189200
-- placed_at_29 = 1714510800
-- placed_at_3 = 1672520400
-- placed_at_30 = 1719781200
-- placed_at_31 = 1722459600
-- placed_at_32 = 1738357200
-- placed_at_33 = 1730408400
-- placed_at_34 = 1727730000
-- placed_at_35 = 1733000400
-- placed_at_36 = 1735678800
-- placed_at_37 = 1743454800
-- placed_at_38 = 1740776400
-- placed_at_39 = 1746046800
-- placed_at_4 = 1659301200
-- placed_at_40 = 1748725200
-- placed_at_41 = 1646082000
-- placed_at_42 = 1751317200
-- placed_at_5 = 1651352400
-- placed_at_6 = 1648760400
-- placed_at_7 = 1654030800
-- placed_at_8 = 1656622800
-- placed_at_9 = 1664571600
-- rev_w_1 = 0
-- rev_w_2 = 0
-- rev_w_3 = 0
-- rev_w_4 = 0
-- rev_w_5 = 0
-- s_1 = 0
-- tag_1 = ['key-account']
