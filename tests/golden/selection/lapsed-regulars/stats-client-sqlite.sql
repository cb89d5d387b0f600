-- namespace(criteria=('recency', 'overdue'), source='stats', excluded=False, client='C-00042')
WITH stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1) THEN :param_3 ELSE :param_4 END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2) THEN agg.rev_w ELSE :param_5 END) AS BIGINT) AS rev_total 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1) THEN :param_6 WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE) * client_order_stats.median_gap2 <= ((:param_8 - client_order_stats.last_order_at) / :param_9) * :param_10) THEN :param_11 ELSE :param_12 END AS overdue 
FROM client_order_stats) AS agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_54) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE) / (CAST(sum(hist.cnt) OVER () - :param_55 AS DOUBLE) + 0.0) ELSE CAST(:param_56 AS DOUBLE) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1) THEN :param_6 WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE) * client_order_stats.median_gap2 <= ((:param_8 - client_order_stats.last_order_at) / :param_9) * :param_10) THEN :param_11 ELSE :param_12 END AS overdue 
FROM client_order_stats) AS agg 
WHERE agg.n_w > :n_w_5 GROUP BY agg.n_w) AS hist), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1) AS n_w, coalesce(scored.rev_w, :coalesce_2) AS rev_w, scored.last_at AS last_at, coalesce(CAST(:param_48 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_2) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_49) THEN CAST(scored.below AS DOUBLE) / (CAST((SELECT stats.n_active 
FROM stats) - :param_50 AS DOUBLE) + 0.0) ELSE CAST(:param_51 AS DOUBLE) END ELSE CAST(:param_52 AS DOUBLE) END + CAST(:param_53 AS DOUBLE) * CASE WHEN (scored.n_w > :n_w_3) THEN CASE WHEN (scored.n_w = :n_w_4) THEN (SELECT pr_n.pr_n 
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
WHERE pr_n.n_w = scored.n_w) END ELSE CAST(:param_57 AS DOUBLE) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1]))) THEN :param_58 WHEN (coalesce(scored.n_w, :coalesce_1) < :coalesce_4) THEN :param_59 WHEN (coalesce(scored.rev_w, :coalesce_2) < :coalesce_5) THEN :param_60 WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1 AND assignments.created_at >= :created_at_1 AND coalesce(assignments.outcome, :coalesce_6) != :coalesce_7)) THEN :param_61 WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_telegram.client_id AS client_id, :param_62 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8 AND suppressions.address IS NOT NULL)) AS suppressed_telegram UNION ALL SELECT suppressed_email.client_id AS client_id, :param_63 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2 AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10 AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_64 AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11 AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12 AND suppressions.address IS NOT NULL)) AS suppressed_sms) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1)) THEN :param_65 END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_66 - scored.last_at) / :param_67 >= :param_68 AND (:param_66 - scored.last_at) / :param_67 <= :param_69, 0) THEN :param_70 ELSE :param_71 END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) THEN :param_72 ELSE :param_73 END AS f_overdue 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, CASE WHEN (client_order_stats.orders_count < :orders_count_2) THEN :param_74 WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_75 AS DOUBLE) * client_order_stats.median_gap2 <= ((:param_76 - client_order_stats.last_order_at) / :param_77) * :param_78) THEN :param_79 ELSE :param_80 END AS overdue, rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_81 AS below, count(*) OVER (ORDER BY client_order_stats.revenue_minor) - (rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_82) AS peers, CAST(sum(CASE WHEN (client_order_stats.revenue_minor > :revenue_minor_1) THEN client_order_stats.revenue_minor ELSE :param_83 END) OVER (ORDER BY client_order_stats.revenue_minor) AS BIGINT) AS positive_upto 
FROM client_order_stats) AS scored 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_66 - scored.last_at) / :param_67 >= :param_68 AND (:param_66 - scored.last_at) / :param_67 <= :param_69, 0) = 1 OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1, 0) = 1) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(CASE WHEN (staged.charged = :charged_1) THEN :param_36 ELSE :param_37 END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_2) THEN :param_38 ELSE :param_39 END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_3) THEN :param_40 ELSE :param_41 END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_4) THEN :param_42 ELSE :param_43 END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_5) THEN :param_44 ELSE :param_45 END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_46 ELSE :param_47 END) AS t_remaining 
FROM staged), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id 
FROM clients 
WHERE clients.id = agg.client_id)) - :param_95 AS place 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1) THEN :param_6 WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE) * client_order_stats.median_gap2 <= ((:param_8 - client_order_stats.last_order_at) / :param_9) * :param_10) THEN :param_11 ELSE :param_12 END AS overdue 
FROM client_order_stats) AS agg 
WHERE agg.rev_w IN (SELECT staged.rev_w 
FROM staged 
WHERE staged.rev_w > :rev_w_4 AND staged.peers > :peers_3 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_96 < (SELECT stats.rev_total 
FROM stats) * :param_97 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_98 >= (SELECT stats.rev_total 
FROM stats) * :param_99 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_100 < (SELECT stats.rev_total 
FROM stats) * :param_101 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4) * staged.rev_w) * :param_102 >= (SELECT stats.rev_total 
FROM stats) * :param_103))), 
target AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.rev_w > :rev_w_3 AND staged.peers > :peers_1 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_87 < (SELECT stats.rev_total 
FROM stats) * :param_88 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_2) * staged.rev_w) * :param_89 >= (SELECT stats.rev_total 
FROM stats) * :param_90 OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_91 < (SELECT stats.rev_total 
FROM stats) * :param_92 AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_2) * staged.rev_w) * :param_93 >= (SELECT stats.rev_total 
FROM stats) * :param_94)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = staged.client_id) ELSE :param_104 END AS abc_place, CASE WHEN (staged.charged IS NULL) THEN :param_84 ELSE :param_85 END AS kind 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE clients.external_id = :external_id_1), 
top AS 
(SELECT target.client_id AS client_id, target.n_w AS n_w, target.rev_w AS rev_w, target.last_at AS last_at, target.score AS score, target.positive_upto AS positive_upto, target.peers AS peers, target.f_recency AS f_recency, target.f_overdue AS f_overdue, target.charged AS charged, target.external_id AS external_id, target.name AS name, target.email AS email, target.phone AS phone, target.telegram_chat_id AS telegram_chat_id, target.timezone AS timezone, target.locale AS locale, target.manager AS manager, target.email_consent AS email_consent, target.sms_consent AS sms_consent, target.telegram_consent AS telegram_consent, target.abc_place AS abc_place, target.kind AS kind, (SELECT count(*) AS count_2 
FROM staged 
WHERE CASE WHEN (staged.charged IS NULL) THEN :param_84 ELSE :param_85 END = target.kind AND (staged.score > target.score OR staged.score = target.score AND (staged.rev_w > target.rev_w OR staged.rev_w = target.rev_w AND (SELECT clients.external_id 
FROM clients 
WHERE clients.id = staged.client_id) < target.external_id))) + :param_86 AS rank 
FROM target), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1 - min(monthly.m)) + :param_105 AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_1) THEN CASE WHEN (orders.placed_at < :placed_at_2) THEN CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN :param_106 ELSE :param_107 END ELSE CASE WHEN (orders.placed_at < :placed_at_6) THEN :param_108 ELSE CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_109 ELSE :param_110 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_111 ELSE :param_112 END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_113 ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_114 ELSE :param_115 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN CASE WHEN (orders.placed_at < :placed_at_13) THEN CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_116 ELSE :param_117 END ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_118 ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_119 ELSE :param_120 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_121 ELSE :param_122 END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_123 ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_124 ELSE :param_125 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN CASE WHEN (orders.placed_at < :placed_at_22) THEN CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN :param_126 ELSE :param_127 END ELSE CASE WHEN (orders.placed_at < :placed_at_25) THEN :param_128 ELSE CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_129 ELSE :param_130 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_131 ELSE :param_132 END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_133 ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_134 ELSE :param_135 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN CASE WHEN (orders.placed_at < :placed_at_32) THEN CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_136 ELSE :param_137 END ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_138 ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_139 ELSE :param_140 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_141 ELSE :param_142 END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_143 ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_144 ELSE :param_145 END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.first_order_at < :first_order_at_1) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_2) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_3) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_4) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_5) THEN :param_146 ELSE :param_147 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_6) THEN :param_148 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_7) THEN :param_149 ELSE :param_150 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_8) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_9) THEN :param_151 ELSE :param_152 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_10) THEN :param_153 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_11) THEN :param_154 ELSE :param_155 END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_12) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_13) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_14) THEN :param_156 ELSE :param_157 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_15) THEN :param_158 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_16) THEN :param_159 ELSE :param_160 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_17) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_18) THEN :param_161 ELSE :param_162 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_19) THEN :param_163 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_20) THEN :param_164 ELSE :param_165 END END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_21) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_22) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_23) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_24) THEN :param_166 ELSE :param_167 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_25) THEN :param_168 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_26) THEN :param_169 ELSE :param_170 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_27) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_28) THEN :param_171 ELSE :param_172 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_29) THEN :param_173 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_30) THEN :param_174 ELSE :param_175 END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_31) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_32) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_33) THEN :param_176 ELSE :param_177 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_34) THEN :param_178 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_35) THEN :param_179 ELSE :param_180 END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_36) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_37) THEN :param_181 ELSE :param_182 END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_38) THEN :param_183 ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_39) THEN :param_184 ELSE :param_185 END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, CASE WHEN (top.last_at < :last_at_1) THEN CASE WHEN (top.last_at < :last_at_2) THEN CASE WHEN (top.last_at < :last_at_3) THEN CASE WHEN (top.last_at < :last_at_4) THEN CASE WHEN (top.last_at < :last_at_5) THEN :param_186 ELSE :param_187 END ELSE CASE WHEN (top.last_at < :last_at_6) THEN :param_188 ELSE CASE WHEN (top.last_at < :last_at_7) THEN :param_189 ELSE :param_190 END END END ELSE CASE WHEN (top.last_at < :last_at_8) THEN CASE WHEN (top.last_at < :last_at_9) THEN :param_191 ELSE :param_192 END ELSE CASE WHEN (top.last_at < :last_at_10) THEN :param_193 ELSE CASE WHEN (top.last_at < :last_at_11) THEN :param_194 ELSE :param_195 END END END END ELSE CASE WHEN (top.last_at < :last_at_12) THEN CASE WHEN (top.last_at < :last_at_13) THEN CASE WHEN (top.last_at < :last_at_14) THEN :param_196 ELSE :param_197 END ELSE CASE WHEN (top.last_at < :last_at_15) THEN :param_198 ELSE CASE WHEN (top.last_at < :last_at_16) THEN :param_199 ELSE :param_200 END END END ELSE CASE WHEN (top.last_at < :last_at_17) THEN CASE WHEN (top.last_at < :last_at_18) THEN :param_201 ELSE :param_202 END ELSE CASE WHEN (top.last_at < :last_at_19) THEN :param_203 ELSE CASE WHEN (top.last_at < :last_at_20) THEN :param_204 ELSE :param_205 END END END END END ELSE CASE WHEN (top.last_at < :last_at_21) THEN CASE WHEN (top.last_at < :last_at_22) THEN CASE WHEN (top.last_at < :last_at_23) THEN CASE WHEN (top.last_at < :last_at_24) THEN :param_206 ELSE :param_207 END ELSE CASE WHEN (top.last_at < :last_at_25) THEN :param_208 ELSE CASE WHEN (top.last_at < :last_at_26) THEN :param_209 ELSE :param_210 END END END ELSE CASE WHEN (top.last_at < :last_at_27) THEN CASE WHEN (top.last_at < :last_at_28) THEN :param_211 ELSE :param_212 END ELSE CASE WHEN (top.last_at < :last_at_29) THEN :param_213 ELSE CASE WHEN (top.last_at < :last_at_30) THEN :param_214 ELSE :param_215 END END END END ELSE CASE WHEN (top.last_at < :last_at_31) THEN CASE WHEN (top.last_at < :last_at_32) THEN CASE WHEN (top.last_at < :last_at_33) THEN :param_216 ELSE :param_217 END ELSE CASE WHEN (top.last_at < :last_at_34) THEN :param_218 ELSE CASE WHEN (top.last_at < :last_at_35) THEN :param_219 ELSE :param_220 END END END ELSE CASE WHEN (top.last_at < :last_at_36) THEN CASE WHEN (top.last_at < :last_at_37) THEN :param_221 ELSE :param_222 END ELSE CASE WHEN (top.last_at < :last_at_38) THEN :param_223 ELSE CASE WHEN (top.last_at < :last_at_39) THEN :param_224 ELSE :param_225 END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_53 AND :param_226 - :last_m_1 * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe JOIN client_order_stats ON client_order_stats.client_id = xyz_maybe.client_id) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_1 OR (xyz_months.last_m - xyz_months.first_m) + :param_227 < :param_228 OR :param_229 * (:param_230 - xyz_months.first_m) > :n_w_54 * xyz_months.n_w OR :param_231 * (:param_230 - xyz_months.first_m) > :param_232 * ((xyz_months.last_m - xyz_months.first_m) + :param_227))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_40 AND orders.placed_at < :placed_at_41 GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_1) THEN CASE WHEN (orders.placed_at < :placed_at_2) THEN CASE WHEN (orders.placed_at < :placed_at_3) THEN CASE WHEN (orders.placed_at < :placed_at_4) THEN CASE WHEN (orders.placed_at < :placed_at_5) THEN :param_106 ELSE :param_107 END ELSE CASE WHEN (orders.placed_at < :placed_at_6) THEN :param_108 ELSE CASE WHEN (orders.placed_at < :placed_at_7) THEN :param_109 ELSE :param_110 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_8) THEN CASE WHEN (orders.placed_at < :placed_at_9) THEN :param_111 ELSE :param_112 END ELSE CASE WHEN (orders.placed_at < :placed_at_10) THEN :param_113 ELSE CASE WHEN (orders.placed_at < :placed_at_11) THEN :param_114 ELSE :param_115 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_12) THEN CASE WHEN (orders.placed_at < :placed_at_13) THEN CASE WHEN (orders.placed_at < :placed_at_14) THEN :param_116 ELSE :param_117 END ELSE CASE WHEN (orders.placed_at < :placed_at_15) THEN :param_118 ELSE CASE WHEN (orders.placed_at < :placed_at_16) THEN :param_119 ELSE :param_120 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_17) THEN CASE WHEN (orders.placed_at < :placed_at_18) THEN :param_121 ELSE :param_122 END ELSE CASE WHEN (orders.placed_at < :placed_at_19) THEN :param_123 ELSE CASE WHEN (orders.placed_at < :placed_at_20) THEN :param_124 ELSE :param_125 END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_21) THEN CASE WHEN (orders.placed_at < :placed_at_22) THEN CASE WHEN (orders.placed_at < :placed_at_23) THEN CASE WHEN (orders.placed_at < :placed_at_24) THEN :param_126 ELSE :param_127 END ELSE CASE WHEN (orders.placed_at < :placed_at_25) THEN :param_128 ELSE CASE WHEN (orders.placed_at < :placed_at_26) THEN :param_129 ELSE :param_130 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_27) THEN CASE WHEN (orders.placed_at < :placed_at_28) THEN :param_131 ELSE :param_132 END ELSE CASE WHEN (orders.placed_at < :placed_at_29) THEN :param_133 ELSE CASE WHEN (orders.placed_at < :placed_at_30) THEN :param_134 ELSE :param_135 END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_31) THEN CASE WHEN (orders.placed_at < :placed_at_32) THEN CASE WHEN (orders.placed_at < :placed_at_33) THEN :param_136 ELSE :param_137 END ELSE CASE WHEN (orders.placed_at < :placed_at_34) THEN :param_138 ELSE CASE WHEN (orders.placed_at < :placed_at_35) THEN :param_139 ELSE :param_140 END END END ELSE CASE WHEN (orders.placed_at < :placed_at_36) THEN CASE WHEN (orders.placed_at < :placed_at_37) THEN :param_141 ELSE :param_142 END ELSE CASE WHEN (orders.placed_at < :placed_at_38) THEN :param_143 ELSE CASE WHEN (orders.placed_at < :placed_at_39) THEN :param_144 ELSE :param_145 END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.charged, top.rank, CASE WHEN (top.rev_w IS NULL) THEN :param_1 WHEN (top.rev_w <= :rev_w_1) THEN :param_2 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_13 < (SELECT stats.rev_total 
FROM stats) * :param_14) THEN :param_15 WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + top.abc_place * top.rev_w) * :param_16 < (SELECT stats.rev_total 
FROM stats) * :param_17) THEN :param_18 ELSE :param_19 END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_20 - top.last_at) / :param_21 END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1 AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2 AND suppressions.address IS NOT NULL)) THEN :param_22 ELSE :param_23 END AS s_telegram, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3 AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1 AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_4 AND suppressions.address IS NOT NULL)) THEN :param_24 ELSE :param_25 END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5 AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6 AND suppressions.address IS NOT NULL)) THEN :param_26 ELSE :param_27 END AS s_sms, CASE WHEN (xyz.k IS NULL) THEN :param_28 WHEN (xyz.k < :k_1) THEN :param_29 WHEN (xyz.s <= :s_1) THEN :param_30 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_31 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_32 WHEN (CAST(xyz.span AS DOUBLE) * xyz.q - CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE) < :param_33 * CAST(xyz.s AS DOUBLE) * CAST(xyz.s AS DOUBLE)) THEN :param_34 ELSE :param_35 END AS xyz 
FROM totals LEFT OUTER JOIN top ON 1 = 1 LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.rank;
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
-- external_id_1 = 'C-00042'
-- first_order_at_1 = 1698786000
-- first_order_at_10 = 1667250000
-- first_order_at_11 = 1669842000
-- first_order_at_12 = 1685566800
-- first_order_at_13 = 1677618000
-- first_order_at_14 = 1675198800
-- first_order_at_15 = 1680296400
-- first_order_at_16 = 1682888400
-- first_order_at_17 = 1690837200
-- first_order_at_18 = 1688158800
-- first_order_at_19 = 1693515600
-- first_order_at_2 = 1672520400
-- first_order_at_20 = 1696107600
-- first_order_at_21 = 1725138000
-- first_order_at_22 = 1711918800
-- first_order_at_23 = 1704056400
-- first_order_at_24 = 1701378000
-- first_order_at_25 = 1706734800
-- first_order_at_26 = 1709240400
-- first_order_at_27 = 1717189200
-- first_order_at_28 = 1714510800
-- first_order_at_29 = 1719781200
-- first_order_at_3 = 1659301200
-- first_order_at_30 = 1722459600
-- first_order_at_31 = 1738357200
-- first_order_at_32 = 1730408400
-- first_order_at_33 = 1727730000
-- first_order_at_34 = 1733000400
-- first_order_at_35 = 1735678800
-- first_order_at_36 = 1743454800
-- first_order_at_37 = 1740776400
-- first_order_at_38 = 1746046800
-- first_order_at_39 = 1748725200
-- first_order_at_4 = 1651352400
-- first_order_at_5 = 1648760400
-- first_order_at_6 = 1654030800
-- first_order_at_7 = 1656622800
-- first_order_at_8 = 1664571600
-- first_order_at_9 = 1661979600
-- first_w_1 = 1751317200
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
-- n_w_53 = 3
-- n_w_54 = 17
-- n_w_6 = 1
-- n_w_7 = 2
-- n_w_8 = 2
-- n_w_9 = 3
-- orders_count_1 = 3
-- orders_count_2 = 3
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 172800
-- param_100 = 20
-- param_101 = 19
-- param_102 = 20
-- param_103 = 19
-- param_104 = 0
-- param_105 = 1
-- param_106 = 0
-- param_107 = 1
-- param_108 = 2
-- param_109 = 3
-- param_11 = 1
-- param_110 = 4
-- param_111 = 5
-- param_112 = 6
-- param_113 = 7
-- param_114 = 8
-- param_115 = 9
-- param_116 = 10
-- param_117 = 11
-- param_118 = 12
-- param_119 = 13
-- param_12 = 0
-- param_120 = 14
-- param_121 = 15
-- param_122 = 16
-- param_123 = 17
-- param_124 = 18
-- param_125 = 19
-- param_126 = 20
-- param_127 = 21
-- param_128 = 22
-- param_129 = 23
-- param_13 = 5
-- param_130 = 24
-- param_131 = 25
-- param_132 = 26
-- param_133 = 27
-- param_134 = 28
-- param_135 = 29
-- param_136 = 30
-- param_137 = 31
-- param_138 = 32
-- param_139 = 33
-- param_14 = 4
-- param_140 = 34
-- param_141 = 35
-- param_142 = 36
-- param_143 = 37
-- param_144 = 38
-- param_145 = 39
-- param_146 = 0
-- param_147 = 1
-- param_148 = 2
-- param_149 = 3
-- param_15 = 'A'
-- param_150 = 4
-- param_151 = 5
-- param_152 = 6
-- param_153 = 7
-- param_154 = 8
-- param_155 = 9
-- param_156 = 10
-- param_157 = 11
-- param_158 = 12
-- param_159 = 13
-- param_16 = 20
-- param_160 = 14
-- param_161 = 15
-- param_162 = 16
-- param_163 = 17
-- param_164 = 18
-- param_165 = 19
-- param_166 = 20
-- param_167 = 21
-- param_168 = 22
-- param_169 = 23
-- param_17 = 19
-- param_170 = 24
-- param_171 = 25
-- param_172 = 26
-- param_173 = 27
-- param_174 = 28
-- param_175 = 29
-- param_176 = 30
-- param_177 = 31
-- param_178 = 32
-- param_179 = 33
-- param_18 = 'B'
-- param_180 = 34
-- param_181 = 35
-- param_182 = 36
-- param_183 = 37
-- param_184 = 38
-- param_185 = 39
-- param_186 = 0
-- param_187 = 1
-- param_188 = 2
-- param_189 = 3
-- param_19 = 'C'
-- param_190 = 4
-- param_191 = 5
-- param_192 = 6
-- param_193 = 7
-- param_194 = 8
-- param_195 = 9
-- param_196 = 10
-- param_197 = 11
-- param_198 = 12
-- param_199 = 13
-- param_2 = 'C'
-- param_20 = 1751317200
-- param_200 = 14
-- param_201 = 15
-- param_202 = 16
-- param_203 = 17
-- param_204 = 18
-- param_205 = 19
-- param_206 = 20
-- param_207 = 21
-- param_208 = 22
-- param_209 = 23
-- param_21 = 86400
-- param_210 = 24
-- param_211 = 25
-- param_212 = 26
-- param_213 = 27
-- param_214 = 28
-- param_215 = 29
-- param_216 = 30
-- param_217 = 31
-- param_218 = 32
-- param_219 = 33
-- param_22 = 1
-- param_220 = 34
-- param_221 = 35
-- param_222 = 36
-- param_223 = 37
-- param_224 = 38
-- param_225 = 39
-- param_226 = 624
-- param_227 = 1
-- param_228 = 3
-- param_229 = 16
-- param_23 = 0
-- param_230 = 40
-- param_231 = 16
-- param_232 = 17
-- param_24 = 1
-- param_25 = 0
-- param_26 = 1
-- param_27 = 0
-- param_28 = 'Z'
-- param_29 = 'Z'
-- param_3 = 1
-- param_30 = 'Z'
-- param_31 = 0.01
-- param_32 = 'X'
-- param_33 = 0.0625
-- param_34 = 'Y'
-- param_35 = 'Z'
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
-- param_48 = 0.6
-- param_49 = 1
-- param_5 = 0
-- param_50 = 1
-- param_51 = 0.0
-- param_52 = 0.0
-- param_53 = 0.4
-- param_54 = 1
-- param_55 = 1
-- param_56 = 0.0
-- param_57 = 0.0
-- param_58 = 'tags'
-- param_59 = 'min_orders'
-- param_6 = 0
-- param_60 = 'min_revenue'
-- param_61 = 'cooldown'
-- param_62 = 0
-- param_63 = 1
-- param_64 = 2
-- param_65 = 'opted_out'
-- param_66 = 1751317200
-- param_67 = 86400
-- param_68 = 90
-- param_69 = 730
-- param_7 = 3.0
-- param_70 = 1
-- param_71 = 0
-- param_72 = 1
-- param_73 = 0
-- param_74 = 0
-- param_75 = 3.0
-- param_76 = 1751317200
-- param_77 = 86400
-- param_78 = 172800
-- param_79 = 1
-- param_8 = 1751317200
-- param_80 = 0
-- param_81 = 1
-- param_82 = 1
-- param_83 = 0
-- param_84 = 0
-- param_85 = 1
-- param_86 = 1
-- param_87 = 5
-- param_88 = 4
-- param_89 = 5
-- param_9 = 86400
-- param_90 = 4
-- param_91 = 20
-- param_92 = 19
-- param_93 = 20
-- param_94 = 19
-- param_95 = 1
-- param_96 = 5
-- param_97 = 4
-- param_98 = 5
-- param_99 = 4
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- placed_at_1 = 1698786000
-- placed_at_10 = 1667250000
-- placed_at_11 = 1669842000
-- placed_at_12 = 1685566800
-- placed_at_13 = 1677618000
-- placed_at_14 = 1675198800
-- placed_at_15 = 1680296400
-- placed_at_16 = 1682888400
-- placed_at_17 = 1690837200
-- placed_at_18 = 1688158800
-- placed_at_19 = 1693515600
-- placed_at_2 = 1672520400
-- placed_at_20 = 1696107600
-- placed_at_21 = 1725138000
-- placed_at_22 = 1711918800
-- placed_at_23 = 1704056400
-- placed_at_24 = 1701378000
-- placed_at_25 = 1706734800
-- placed_at_26 = 1709240400
-- placed_at_27 = 1717189200
-- placed_at_28 = 1714510800
-- placed_at_29 = 1719781200
-- placed_at_3 = 1659301200
-- placed_at_30 = 1722459600
-- placed_at_31 = 1738357200
-- placed_at_32 = 1730408400
-- placed_at_33 = 1727730000
-- placed_at_34 = 1733000400
-- placed_at_35 = 1735678800
-- placed_at_36 = 1743454800
-- placed_at_37 = 1740776400
-- placed_at_38 = 1746046800
-- placed_at_39 = 1748725200
-- placed_at_4 = 1651352400
-- placed_at_40 = 1646082000
-- placed_at_41 = 1751317200
-- placed_at_5 = 1648760400
-- placed_at_6 = 1654030800
-- placed_at_7 = 1656622800
-- placed_at_8 = 1664571600
-- placed_at_9 = 1661979600
-- rev_w_1 = 0
-- rev_w_2 = 0
-- rev_w_3 = 0
-- rev_w_4 = 0
-- revenue_minor_1 = 0
-- s_1 = 0
-- tag_1 = ['key-account']
