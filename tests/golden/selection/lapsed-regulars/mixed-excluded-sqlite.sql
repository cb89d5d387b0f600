-- namespace(criteria=('recency', 'overdue'), source='stats+orders', excluded=True, client=None)
WITH agg AS 
(SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1) THEN :param_6 WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE) * client_order_stats.median_gap2 <= ((:param_8 - client_order_stats.last_order_at) / :param_9) * :param_10) THEN :param_11 ELSE :param_12 END AS overdue 
FROM client_order_stats 
WHERE client_order_stats.last_order_at <= :last_order_at_1 AND (client_order_stats.client_id NOT IN (SELECT client_order_stats_stale.client_id 
FROM client_order_stats_stale)) UNION ALL SELECT agg0.client_id AS client_id, agg0.n_all AS n_all, agg0.last_at AS last_at, agg0.rev_w AS rev_w, agg0.n_w AS n_w, agg0.first_at AS first_w, CASE WHEN (agg0.n_all < :n_all_1) THEN :param_13 WHEN (CAST(:param_14 AS DOUBLE) * ((agg0.last_at - agg0.first_at) / (((agg0.n_all - :n_all_2) + :param_15) / :param_16)) <= ((:param_17 - agg0.last_at) / :param_18) * :param_19) THEN :param_20 ELSE (SELECT CASE WHEN ((agg0.n_all - :n_all_2) % :param_21 = :param_22 AND :sum_1 * sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE) * g.gap <= ((:param_17 - agg0.last_at) / :param_18) * :param_24) THEN :param_25 ELSE :param_26 END) >= (agg0.n_all - :n_all_2) + :param_27 OR (agg0.n_all - :n_all_2) % :param_21 != :param_22 AND (sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE) * g.gap <= ((:param_17 - agg0.last_at) / :param_18) * :param_24) THEN :param_25 ELSE :param_26 END) >= (agg0.n_all - :n_all_2) / :param_28 + :param_29 OR sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE) * g.gap <= ((:param_17 - agg0.last_at) / :param_18) * :param_24) THEN :param_25 ELSE :param_26 END) = (agg0.n_all - :n_all_2) / :param_28 AND CAST(:param_30 AS DOUBLE) * (max(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE) * g.gap <= ((:param_17 - agg0.last_at) / :param_18) * :param_24) THEN g.gap END) + min(CASE WHEN (g.gap IS NOT NULL AND NOT (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE) * g.gap <= ((:param_17 - agg0.last_at) / :param_18) * :param_24)) THEN g.gap END)) <= ((:param_17 - agg0.last_at) / :param_18) * :param_31)) THEN :param_32 ELSE :param_33 END AS anon_1 
FROM (SELECT o2.placed_at - lag(o2.placed_at) OVER (ORDER BY o2.placed_at) AS gap 
FROM orders AS o2 
WHERE o2.client_id = agg0.client_id AND o2.placed_at <= :placed_at_1) AS g) END AS overdue 
FROM (SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, min(orders.placed_at) AS first_at, CAST(sum(orders.amount_minor) AS BIGINT) AS rev_w, count(*) AS n_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_2 AND orders.client_id IN (SELECT client_order_stats_stale.client_id 
FROM client_order_stats_stale UNION SELECT client_order_stats.client_id 
FROM client_order_stats 
WHERE client_order_stats.last_order_at > :last_order_at_2) GROUP BY orders.client_id) AS agg0), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS BIGINT) AS rev_total 
FROM agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_75) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / (CAST(sum(hist.cnt) OVER () - :param_76 AS DOUBLE) + 0.0) ELSE CAST(:param_77 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5 GROUP BY agg.n_w) AS hist), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_69 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_70) THEN CAST(scored.below AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_71 AS DOUBLE) + 0.0) ELSE CAST(:param_72 AS DOUBLE) END ELSE CAST(:param_73 AS DOUBLE) END + CAST(:param_74 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN CASE WHEN (scored.n_w = :n_w_4) THEN (SELECT pr_n.pr_n 
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
WHERE pr_n.n_w = scored.n_w) END ELSE CAST(:param_78 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1]))) THEN :param_79 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_4) THEN :param_80 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_5) THEN :param_81 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_6) != :coalesce_7)) THEN :param_82 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_telegram.client_id AS client_id, :param_83 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_telegram UNION ALL SELECT suppressed_email.client_id AS client_id, :param_84 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_85 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_sms) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_86 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_87 - scored.last_at) / :param_88 >= :param_89 AND (:param_87 - scored.last_at) / :param_88 <= :param_90, 0) THEN :param_91 ELSE :param_92 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) THEN :param_93 ELSE :param_94 END AS f_overdue 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_95 AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_96) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_53) THEN :param_97 ELSE :param_98 END AS active, CASE WHEN (agg.rev_w > :rev_w_3) THEN agg.rev_w ELSE :param_99 END AS positive 
FROM agg) AS ranking) AS scored 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_87 - scored.last_at) / :param_88 >= :param_89 AND (:param_87 - scored.last_at) / :param_88 <= :param_90, 0) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_57 ELSE :param_58 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_59 ELSE :param_60 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_61 ELSE :param_62 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_63 ELSE :param_64 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_65 ELSE :param_66 END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_67 ELSE :param_68 END) AS t_remaining 
FROM staged), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id 
FROM clients 
WHERE clients.id = agg.client_id)) - :param_108 AS place 
FROM agg 
WHERE agg.rev_w IN (SELECT staged.rev_w 
FROM staged 
WHERE staged.rev_w > :rev_w_5 AND staged.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_109 < (SELECT stats.rev_total 
FROM stats) * :param_110 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_111 >= (SELECT stats.rev_total 
FROM stats) * :param_112 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_113 < (SELECT stats.rev_total 
FROM stats) * :param_114 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_115 >= (SELECT stats.rev_total 
FROM stats) * :param_116))), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_4 AND staged.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_100 < (SELECT stats.rev_total 
FROM stats) * :param_101 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_2) * staged.rev_w) * :param_102 >= (SELECT stats.rev_total 
FROM stats) * :param_103 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_104 < (SELECT stats.rev_total 
FROM stats) * :param_105 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_2) * staged.rev_w) * :param_106 >= (SELECT stats.rev_total 
FROM stats) * :param_107)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_117 END AS abc_place 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NOT NULL), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_118 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_119 ELSE :param_120 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_121 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_122 ELSE :param_123 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_124 ELSE :param_125 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_126 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_127 ELSE :param_128 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_129 ELSE :param_130 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_131 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_132 ELSE :param_133 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_134 ELSE :param_135 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_136 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_137 ELSE :param_138 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_139 ELSE :param_140 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_141 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_142 ELSE :param_143 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_144 ELSE :param_145 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_146 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_147 ELSE :param_148 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_149 ELSE :param_150 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_151 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_152 ELSE :param_153 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_154 ELSE :param_155 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_156 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_157 ELSE :param_158 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5) THEN :param_159 ELSE :param_160 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6) THEN :param_161 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7) THEN :param_162 ELSE :param_163 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9) THEN :param_164 ELSE :param_165 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10) THEN :param_166 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11) THEN :param_167 ELSE :param_168 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14) THEN :param_169 ELSE :param_170 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15) THEN :param_171 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16) THEN :param_172 ELSE :param_173 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18) THEN :param_174 ELSE :param_175 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19) THEN :param_176 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20) THEN :param_177 ELSE :param_178 END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24) THEN :param_179 ELSE :param_180 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25) THEN :param_181 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26) THEN :param_182 ELSE :param_183 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28) THEN :param_184 ELSE :param_185 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29) THEN :param_186 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30) THEN :param_187 ELSE :param_188 END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33) THEN :param_189 ELSE :param_190 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34) THEN :param_191 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35) THEN :param_192 ELSE :param_193 END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37) THEN :param_194 ELSE :param_195 END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38) THEN :param_196 ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39) THEN :param_197 ELSE :param_198 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, top.first_w AS first_w, CASE WHEN (top.last_at < :last_at_1) THEN CASE WHEN (top.last_at < :last_at_2) THEN CASE WHEN (top.last_at < :last_at_3) THEN CASE WHEN (top.last_at < :last_at_4) THEN CASE WHEN (top.last_at < :last_at_5) THEN :param_199 ELSE :param_200 END ELSE CASE WHEN (top.last_at < :last_at_6) THEN :param_201 ELSE CASE WHEN (top.last_at < :last_at_7) THEN :param_202 ELSE :param_203 END END END ELSE CASE WHEN (top.last_at < :last_at_8) THEN CASE WHEN (top.last_at < :last_at_9) THEN :param_204 ELSE :param_205 END ELSE CASE WHEN (top.last_at < :last_at_10) THEN :param_206 ELSE CASE WHEN (top.last_at < :last_at_11) THEN :param_207 ELSE :param_208 END END END END ELSE CASE WHEN (top.last_at < :last_at_12) THEN CASE WHEN (top.last_at < :last_at_13) THEN CASE WHEN (top.last_at < :last_at_14) THEN :param_209 ELSE :param_210 END ELSE CASE WHEN (top.last_at < :last_at_15) THEN :param_211 ELSE CASE WHEN (top.last_at < :last_at_16) THEN :param_212 ELSE :param_213 END END END ELSE CASE WHEN (top.last_at < :last_at_17) THEN CASE WHEN (top.last_at < :last_at_18) THEN :param_214 ELSE :param_215 END ELSE CASE WHEN (top.last_at < :last_at_19) THEN :param_216 ELSE CASE WHEN (top.last_at < :last_at_20) THEN :param_217 ELSE :param_218 END END END END END ELSE CASE WHEN (top.last_at < :last_at_21) THEN CASE WHEN (top.last_at < :last_at_22) THEN CASE WHEN (top.last_at < :last_at_23) THEN CASE WHEN (top.last_at < :last_at_24) THEN :param_219 ELSE :param_220 END ELSE CASE WHEN (top.last_at < :last_at_25) THEN :param_221 ELSE CASE WHEN (top.last_at < :last_at_26) THEN :param_222 ELSE :param_223 END END END ELSE CASE WHEN (top.last_at < :last_at_27) THEN CASE WHEN (top.last_at < :last_at_28) THEN :param_224 ELSE :param_225 END ELSE CASE WHEN (top.last_at < :last_at_29) THEN :param_226 ELSE CASE WHEN (top.last_at < :last_at_30) THEN :param_227 ELSE :param_228 END END END END ELSE CASE WHEN (top.last_at < :last_at_31) THEN CASE WHEN (top.last_at < :last_at_32) THEN CASE WHEN (top.last_at < :last_at_33) THEN :param_229 ELSE :param_230 END ELSE CASE WHEN (top.last_at < :last_at_34) THEN :param_231 ELSE CASE WHEN (top.last_at < :last_at_35) THEN :param_232 ELSE :param_233 END END END ELSE CASE WHEN (top.last_at < :last_at_36) THEN CASE WHEN (top.last_at < :last_at_37) THEN :param_234 ELSE :param_235 END ELSE CASE WHEN (top.last_at < :last_at_38) THEN :param_236 ELSE CASE WHEN (top.last_at < :last_at_39) THEN :param_237 ELSE :param_238 END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_54 AND :param_239 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40 OR (xyz_months.last_m - xyz_months.first_m) + :param_240 < :param_241 OR :param_242 * (:param_243 - xyz_months.first_m) > :n_w_55 * xyz_months.n_w OR :param_244 * (:param_243 - xyz_months.first_m) > :param_245 * ((xyz_months.last_m - xyz_months.first_m) + :param_240))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_42 AND orders.placed_at < :placed_at_43 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN CASE WHEN (orders.placed_at < :placed_at_6) THEN CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_119 ELSE :param_120 END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN :param_121 ELSE CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_122 ELSE :param_123 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_124 ELSE :param_125 END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN :param_126 ELSE CASE WHEN (orders.placed_at < :placed_at_13) THEN :param_127 ELSE :param_128 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14) THEN CASE WHEN (orders.placed_at < :placed_at_15) THEN CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_129 ELSE :param_130 END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN :param_131 ELSE CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_132 ELSE :param_133 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_134 ELSE :param_135 END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN :param_136 ELSE CASE WHEN (orders.placed_at < :placed_at_22) THEN :param_137 ELSE :param_138 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN CASE WHEN (orders.placed_at < :placed_at_25) THEN CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_139 ELSE :param_140 END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN :param_141 ELSE CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_142 ELSE :param_143 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_144 ELSE :param_145 END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN :param_146 ELSE CASE WHEN (orders.placed_at < :placed_at_32) THEN :param_147 ELSE :param_148 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33) THEN CASE WHEN (orders.placed_at < :placed_at_34) THEN CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_149 ELSE :param_150 END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN :param_151 ELSE CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_152 ELSE :param_153 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_154 ELSE :param_155 END ELSE CASE WHEN (orders.placed_at < :placed_at_40) THEN :param_156 ELSE CASE WHEN (orders.placed_at < :placed_at_41) THEN :param_157 ELSE :param_158 END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.charged, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_34 < (SELECT stats.rev_total 
FROM stats) * :param_35) THEN :param_36 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_37 < (SELECT stats.rev_total 
FROM stats) * :param_38) THEN :param_39 ELSE :param_40 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_41 - top.last_at) / :param_42 END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_43 ELSE :param_44 END AS s_telegram, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_45 ELSE :param_46 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_47 ELSE :param_48 END AS s_sms, CASE WHEN (xyz.k IS NULL) THEN :param_49 WHEN (xyz.k < :k_1) THEN :param_50 WHEN (xyz.s <= :s_1) THEN :param_51 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_52 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_53 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_54 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_55 ELSE :param_56 END AS xyz 
FROM totals LEFT OUTER JOIN top ON 1 = 1 LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.score DESC, top.rev_w DESC, top.external_id;
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
-- last_order_at_1 = 1751317200
-- last_order_at_2 = 1751317200
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
-- orders_count_1 = 3
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 172800
-- param_100 = 5
-- param_101 = 4
-- param_102 = 5
-- param_103 = 4
-- param_104 = 20
-- param_105 = 19
-- param_106 = 20
-- param_107 = 19
-- param_108 = 1
-- param_109 = 5
-- param_11 = 1
-- param_110 = 4
-- param_111 = 5
-- param_112 = 4
-- param_113 = 20
-- param_114 = 19
-- param_115 = 20
-- param_116 = 19
-- param_117 = 0
-- param_118 = 1
-- param_119 = 0
-- param_12 = 0
-- param_120 = 1
-- param_121 = 2
-- param_122 = 3
-- param_123 = 4
-- param_124 = 5
-- param_125 = 6
-- param_126 = 7
-- param_127 = 8
-- param_128 = 9
-- param_129 = 10
-- param_13 = 0
-- param_130 = 11
-- param_131 = 12
-- param_132 = 13
-- param_133 = 14
-- param_134 = 15
-- param_135 = 16
-- param_136 = 17
-- param_137 = 18
-- param_138 = 19
-- param_139 = 20
-- param_14 = 3.0
-- param_140 = 21
-- param_141 = 22
-- param_142 = 23
-- param_143 = 24
-- param_144 = 25
-- param_145 = 26
-- param_146 = 27
-- param_147 = 28
-- param_148 = 29
-- param_149 = 30
-- param_15 = 1
-- param_150 = 31
-- param_151 = 32
-- param_152 = 33
-- param_153 = 34
-- param_154 = 35
-- param_155 = 36
-- param_156 = 37
-- param_157 = 38
-- param_158 = 39
-- param_159 = 0
-- param_16 = 2
-- param_160 = 1
-- param_161 = 2
-- param_162 = 3
-- param_163 = 4
-- param_164 = 5
-- param_165 = 6
-- param_166 = 7
-- param_167 = 8
-- param_168 = 9
-- param_169 = 10
-- param_17 = 1751317200
-- param_170 = 11
-- param_171 = 12
-- param_172 = 13
-- param_173 = 14
-- param_174 = 15
-- param_175 = 16
-- param_176 = 17
-- param_177 = 18
-- param_178 = 19
-- param_179 = 20
-- param_18 = 86400
-- param_180 = 21
-- param_181 = 22
-- param_182 = 23
-- param_183 = 24
-- param_184 = 25
-- param_185 = 26
-- param_186 = 27
-- param_187 = 28
-- param_188 = 29
-- param_189 = 30
-- param_19 = 86400
-- param_190 = 31
-- param_191 = 32
-- param_192 = 33
-- param_193 = 34
-- param_194 = 35
-- param_195 = 36
-- param_196 = 37
-- param_197 = 38
-- param_198 = 39
-- param_199 = 0
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 1
-- param_201 = 2
-- param_202 = 3
-- param_203 = 4
-- param_204 = 5
-- param_205 = 6
-- param_206 = 7
-- param_207 = 8
-- param_208 = 9
-- param_209 = 10
-- param_21 = 2
-- param_210 = 11
-- param_211 = 12
-- param_212 = 13
-- param_213 = 14
-- param_214 = 15
-- param_215 = 16
-- param_216 = 17
-- param_217 = 18
-- param_218 = 19
-- param_219 = 20
-- param_22 = 1
-- param_220 = 21
-- param_221 = 22
-- param_222 = 23
-- param_223 = 24
-- param_224 = 25
-- param_225 = 26
-- param_226 = 27
-- param_227 = 28
-- param_228 = 29
-- param_229 = 30
-- param_23 = 3.0
-- param_230 = 31
-- param_231 = 32
-- param_232 = 33
-- param_233 = 34
-- param_234 = 35
-- param_235 = 36
-- param_236 = 37
-- param_237 = 38
-- param_238 = 39
-- param_239 = 624
-- param_24 = 86400
-- param_240 = 1
-- param_241 = 3
-- param_242 = 16
-- param_243 = 40
-- param_244 = 16
-- param_245 = 17
-- param_25 = 1
-- param_26 = 0
-- param_27 = 1
-- param_28 = 2
-- param_29 = 1
-- param_3 = 1
-- param_30 = 3.0
-- param_31 = 172800
-- param_32 = 1
-- param_33 = 0
-- param_34 = 5
-- param_35 = 4
-- param_36 = 'A'
-- param_37 = 20
-- param_38 = 19
-- param_39 = 'B'
-- param_4 = 0
-- param_40 = 'C'
-- param_41 = 1751317200
-- param_42 = 86400
-- param_43 = 1
-- param_44 = 0
-- param_45 = 1
-- param_46 = 0
-- param_47 = 1
-- param_48 = 0
-- param_49 = 'Z'
-- param_5 = 0
-- param_50 = 'Z'
-- param_51 = 'Z'
-- param_52 = 0.01
-- param_53 = 'X'
-- param_54 = 0.0625
-- param_55 = 'Y'
-- param_56 = 'Z'
-- param_57 = 1
-- param_58 = 0
-- param_59 = 1
-- param_6 = 0
-- param_60 = 0
-- param_61 = 1
-- param_62 = 0
-- param_63 = 1
-- param_64 = 0
-- param_65 = 1
-- param_66 = 0
-- param_67 = 1
-- param_68 = 0
-- param_69 = 0.6
-- param_7 = 3.0
-- param_70 = 1
-- param_71 = 1
-- param_72 = 0.0
-- param_73 = 0.0
-- param_74 = 0.4
-- param_75 = 1
-- param_76 = 1
-- param_77 = 0.0
-- param_78 = 0.0
-- param_79 = 'tags'
-- param_8 = 1751317200
-- param_80 = 'min_orders'
-- param_81 = 'min_revenue'
-- param_82 = 'cooldown'
-- param_83 = 0
-- param_84 = 1
-- param_85 = 2
-- param_86 = 'opted_out'
-- param_87 = 1751317200
-- param_88 = 86400
-- param_89 = 90
-- param_9 = 86400
-- param_90 = 730
-- param_91 = 1
-- param_92 = 0
-- param_93 = 1
-- param_94 = 0
-- param_95 = 1
-- param_96 = 1
-- param_97 = 1
-- param_98 = 0
-- param_99 = 0
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
