-- namespace(criteria=('recency', 'overdue'), source='orders', excluded=False, client=None)
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
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_68) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / (CAST(sum(hist.cnt) OVER () - :param_69 AS DOUBLE) + 0.0) ELSE CAST(:param_70 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5 GROUP BY agg.n_w) AS hist), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_62 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_63) THEN CAST(scored.below AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_64 AS DOUBLE) + 0.0) ELSE CAST(:param_65 AS DOUBLE) END ELSE CAST(:param_66 AS DOUBLE) END + CAST(:param_67 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN CASE WHEN (scored.n_w = :n_w_4) THEN (SELECT pr_n.pr_n 
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
WHERE pr_n.n_w = scored.n_w) END ELSE CAST(:param_71 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1]))) THEN :param_72 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_4) THEN :param_73 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_5) THEN :param_74 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_6) != :coalesce_7)) THEN :param_75 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_telegram.client_id AS client_id, :param_76 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_telegram UNION ALL SELECT suppressed_email.client_id AS client_id, :param_77 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_78 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_sms) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_79 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_80 - scored.last_at) / :param_81 >= :param_82 AND (:param_80 - scored.last_at) / :param_81 <= :param_83, 0) THEN :param_84 ELSE :param_85 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) THEN :param_86 ELSE :param_87 END AS f_overdue 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_88 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_89) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_53) THEN :param_90 ELSE :param_91 END AS active, CASE WHEN (agg.rev_w > :rev_w_3) THEN agg.rev_w ELSE :param_92 END AS positive 
FROM agg) AS ranking) AS scored 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_80 - scored.last_at) / :param_81 >= :param_82 AND (:param_80 - scored.last_at) / :param_81 <= :param_83, 0) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_50 ELSE :param_51 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_52 ELSE :param_53 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_54 ELSE :param_55 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_56 ELSE :param_57 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_58 ELSE :param_59 END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_60 ELSE :param_61 END) AS t_remaining 
FROM staged), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id 
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
cut AS 
(SELECT staged.score AS score, staged.rev_w AS rev_w 
FROM staged 
WHERE staged.charged IS NULL AND (SELECT totals.t_remaining 
FROM totals) >= :param_111 ORDER BY staged.score DESC, staged.rev_w DESC
 LIMIT :param_112 OFFSET :param_113), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_4 AND staged.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_93 < (SELECT stats.rev_total 
FROM stats) * :param_94 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_2) * staged.rev_w) * :param_95 >= (SELECT stats.rev_total 
FROM stats) * :param_96 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_97 < (SELECT stats.rev_total 
FROM stats) * :param_98 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_2) * staged.rev_w) * :param_99 >= (SELECT stats.rev_total 
FROM stats) * :param_100)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_110 END AS abc_place 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NULL AND (NOT (EXISTS (SELECT * 
FROM cut)) OR staged.score > (SELECT cut.score 
FROM cut) OR staged.score = (SELECT cut.score 
FROM cut) AND staged.rev_w >= (SELECT cut.rev_w 
FROM cut))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_114 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_115 ELSE :param_116 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_117 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_118 ELSE :param_119 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_120 ELSE :param_121 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_122 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_123 ELSE :param_124 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_125 ELSE :param_126 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_127 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_128 ELSE :param_129 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_130 ELSE :param_131 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_132 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_133 ELSE :param_134 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_135 ELSE :param_136 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_137 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_138 ELSE :param_139 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_140 ELSE :param_141 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_142 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_143 ELSE :param_144 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_145 ELSE :param_146 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_147 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_148 ELSE :param_149 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_150 ELSE :param_151 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_152 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_153 ELSE :param_154 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_155 ELSE :param_156 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_157 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_158 ELSE :param_159 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_160 ELSE :param_161 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_162 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_163 ELSE :param_164 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_165 ELSE :param_166 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_167 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_168 ELSE :param_169 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_170 ELSE :param_171 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_172 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_173 ELSE :param_174 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_175 ELSE :param_176 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_177 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_178 ELSE :param_179 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_180 ELSE :param_181 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_182 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_183 ELSE :param_184 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_185 ELSE :param_186 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_187 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_188 ELSE :param_189 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_190 ELSE :param_191 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_192 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_193 ELSE :param_194 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, top.first_w AS first_w, CASE WHEN (top.last_at < :last_at_1) THEN CASE WHEN (top.last_at < :last_at_2) THEN CASE WHEN (top.last_at < :last_at_3) THEN CASE WHEN (top.last_at < :last_at_4) THEN CASE WHEN (top.last_at < :last_at_5) THEN :param_195 ELSE :param_196 END ELSE CASE WHEN (top.last_at < :last_at_6) THEN :param_197 ELSE CASE WHEN (top.last_at < :last_at_7) THEN :param_198 ELSE :param_199 END END END ELSE CASE WHEN (top.last_at < :last_at_8) THEN CASE WHEN (top.last_at < :last_at_9) THEN :param_200 ELSE :param_201 END ELSE CASE WHEN (top.last_at < :last_at_10) THEN :param_202 ELSE CASE WHEN (top.last_at < :last_at_11) THEN :param_203 ELSE :param_204 END END END END ELSE CASE WHEN (top.last_at < :last_at_12) THEN CASE WHEN (top.last_at < :last_at_13) THEN CASE WHEN (top.last_at < :last_at_14) THEN :param_205 ELSE :param_206 END ELSE CASE WHEN (top.last_at < :last_at_15) THEN :param_207 ELSE CASE WHEN (top.last_at < :last_at_16) THEN :param_208 ELSE :param_209 END END END ELSE CASE WHEN (top.last_at < :last_at_17) THEN CASE WHEN (top.last_at < :last_at_18) THEN :param_210 ELSE :param_211 END ELSE CASE WHEN (top.last_at < :last_at_19) THEN :param_212 ELSE CASE WHEN (top.last_at < :last_at_20) THEN :param_213 ELSE :param_214 END END END END END ELSE CASE WHEN (top.last_at < :last_at_21) THEN CASE WHEN (top.last_at < :last_at_22) THEN CASE WHEN (top.last_at < :last_at_23) THEN CASE WHEN (top.last_at < :last_at_24) THEN :param_215 ELSE :param_216 END ELSE CASE WHEN (top.last_at < :last_at_25) THEN :param_217 ELSE CASE WHEN (top.last_at < :last_at_26) THEN :param_218 ELSE :param_219 END END END ELSE CASE WHEN (top.last_at < :last_at_27) THEN CASE WHEN (top.last_at < :last_at_28) THEN :param_220 ELSE :param_221 END ELSE CASE WHEN (top.last_at < :last_at_29) THEN :param_222 ELSE CASE WHEN (top.last_at < :last_at_30) THEN :param_223 ELSE :param_224 END END END END ELSE CASE WHEN (top.last_at < :last_at_31) THEN CASE WHEN (top.last_at < :last_at_32) THEN CASE WHEN (top.last_at < :last_at_33) THEN :param_225 ELSE :param_226 END ELSE CASE WHEN (top.last_at < :last_at_34) THEN :param_227 ELSE CASE WHEN (top.last_at < :last_at_35) THEN :param_228 ELSE :param_229 END END END ELSE CASE WHEN (top.last_at < :last_at_36) THEN CASE WHEN (top.last_at < :last_at_37) THEN :param_230 ELSE :param_231 END ELSE CASE WHEN (top.last_at < :last_at_38) THEN :param_232 ELSE CASE WHEN (top.last_at < :last_at_39) THEN :param_233 ELSE :param_234 END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_54 AND :param_235 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_236 < :param_237 OR :param_238 * (:param_239 - xyz_months.first_m) > :n_w_55 * xyz_months.n_w OR :param_240 * (:param_239 - xyz_months.first_m) > :param_241 * ((xyz_months.last_m - xyz_months.first_m) + :param_236))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_42 AND orders.placed_at < :placed_at_43 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_115 ELSE :param_116 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_117 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_118 ELSE :param_119 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_120 ELSE :param_121 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_122 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_123 ELSE :param_124 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_125 ELSE :param_126 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_127 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_128 ELSE :param_129 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_130 ELSE :param_131 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_132 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_133 ELSE :param_134 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_135 ELSE :param_136 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_137 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_138 ELSE :param_139 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_140 ELSE :param_141 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_142 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_143 ELSE :param_144 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_145 ELSE :param_146 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_147 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_148 ELSE :param_149 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_150 ELSE :param_151 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_152 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_153 ELSE :param_154 END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_27 < (SELECT stats.rev_total 
FROM stats) * :param_28) THEN :param_29 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_30 < (SELECT stats.rev_total 
FROM stats) * :param_31) THEN :param_32 ELSE :param_33 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_34 - top.last_at) / :param_35 END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_36 ELSE :param_37 END AS s_telegram, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_38 ELSE :param_39 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_40 ELSE :param_41 END AS s_sms, CASE WHEN (xyz.k IS NULL) THEN :param_42 WHEN (xyz.k < :k_1) THEN :param_43 WHEN (xyz.s <= :s_1) THEN :param_44 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_45 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_46 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_47 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_48 ELSE :param_49 END AS xyz 
FROM totals LEFT OUTER JOIN top ON 1 = 1 LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.score DESC, top.rev_w DESC, top.external_id
 LIMIT :param_242 OFFSET :param_243;
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
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 1751317200
-- param_100 = 19
-- param_101 = 1
-- param_102 = 5
-- param_103 = 4
-- param_104 = 5
-- param_105 = 4
-- param_106 = 20
-- param_107 = 19
-- param_108 = 20
-- param_109 = 19
-- param_11 = 86400
-- param_110 = 0
-- param_111 = 500
-- param_112 = 1
-- param_113 = 499
-- param_114 = 1
-- param_115 = 0
-- param_116 = 1
-- param_117 = 2
-- param_118 = 3
-- param_119 = 4
-- param_12 = 86400
-- param_120 = 5
-- param_121 = 6
-- param_122 = 7
-- param_123 = 8
-- param_124 = 9
-- param_125 = 10
-- param_126 = 11
-- param_127 = 12
-- param_128 = 13
-- param_129 = 14
-- param_13 = 1
-- param_130 = 15
-- param_131 = 16
-- param_132 = 17
-- param_133 = 18
-- param_134 = 19
-- param_135 = 20
-- param_136 = 21
-- param_137 = 22
-- param_138 = 23
-- param_139 = 24
-- param_14 = 2
-- param_140 = 25
-- param_141 = 26
-- param_142 = 27
-- param_143 = 28
-- param_144 = 29
-- param_145 = 30
-- param_146 = 31
-- param_147 = 32
-- param_148 = 33
-- param_149 = 34
-- param_15 = 1
-- param_150 = 35
-- param_151 = 36
-- param_152 = 37
-- param_153 = 38
-- param_154 = 39
-- param_155 = 0
-- param_156 = 1
-- param_157 = 2
-- param_158 = 3
-- param_159 = 4
-- param_16 = 3.0
-- param_160 = 5
-- param_161 = 6
-- param_162 = 7
-- param_163 = 8
-- param_164 = 9
-- param_165 = 10
-- param_166 = 11
-- param_167 = 12
-- param_168 = 13
-- param_169 = 14
-- param_17 = 86400
-- param_170 = 15
-- param_171 = 16
-- param_172 = 17
-- param_173 = 18
-- param_174 = 19
-- param_175 = 20
-- param_176 = 21
-- param_177 = 22
-- param_178 = 23
-- param_179 = 24
-- param_18 = 1
-- param_180 = 25
-- param_181 = 26
-- param_182 = 27
-- param_183 = 28
-- param_184 = 29
-- param_185 = 30
-- param_186 = 31
-- param_187 = 32
-- param_188 = 33
-- param_189 = 34
-- param_19 = 0
-- param_190 = 35
-- param_191 = 36
-- param_192 = 37
-- param_193 = 38
-- param_194 = 39
-- param_195 = 0
-- param_196 = 1
-- param_197 = 2
-- param_198 = 3
-- param_199 = 4
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 5
-- param_201 = 6
-- param_202 = 7
-- param_203 = 8
-- param_204 = 9
-- param_205 = 10
-- param_206 = 11
-- param_207 = 12
-- param_208 = 13
-- param_209 = 14
-- param_21 = 2
-- param_210 = 15
-- param_211 = 16
-- param_212 = 17
-- param_213 = 18
-- param_214 = 19
-- param_215 = 20
-- param_216 = 21
-- param_217 = 22
-- param_218 = 23
-- param_219 = 24
-- param_22 = 1
-- param_220 = 25
-- param_221 = 26
-- param_222 = 27
-- param_223 = 28
-- param_224 = 29
-- param_225 = 30
-- param_226 = 31
-- param_227 = 32
-- param_228 = 33
-- param_229 = 34
-- param_23 = 3.0
-- param_230 = 35
-- param_231 = 36
-- param_232 = 37
-- param_233 = 38
-- param_234 = 39
-- param_235 = 624
-- param_236 = 1
-- param_237 = 3
-- param_238 = 16
-- param_239 = 40
-- param_24 = 172800
-- param_240 = 16
-- param_241 = 17
-- param_242 = 500
-- param_243 = 0
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
-- param_42 = 'Z'
-- param_43 = 'Z'
-- param_44 = 'Z'
-- param_45 = 0.01
-- param_46 = 'X'
-- param_47 = 0.0625
-- param_48 = 'Y'
-- param_49 = 'Z'
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
-- param_62 = 0.6
-- param_63 = 1
-- param_64 = 1
-- param_65 = 0.0
-- param_66 = 0.0
-- param_67 = 0.4
-- param_68 = 1
-- param_69 = 1
-- param_7 = 3.0
-- param_70 = 0.0
-- param_71 = 0.0
-- param_72 = 'tags'
-- param_73 = 'min_orders'
-- param_74 = 'min_revenue'
-- param_75 = 'cooldown'
-- param_76 = 0
-- param_77 = 1
-- param_78 = 2
-- param_79 = 'opted_out'
-- param_8 = 1
-- param_80 = 1751317200
-- param_81 = 86400
-- param_82 = 90
-- param_83 = 730
-- param_84 = 1
-- param_85 = 0
-- param_86 = 1
-- param_87 = 0
-- param_88 = 1
-- param_89 = 1
-- param_9 = 2
-- param_90 = 1
-- param_91 = 0
-- param_92 = 0
-- param_93 = 5
-- param_94 = 4
-- param_95 = 5
-- param_96 = 4
-- param_97 = 20
-- param_98 = 19
-- param_99 = 20
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
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
-- s_1 = 0
-- sum_1 = 2
-- tag_1 = ['key-account']
