-- namespace(criteria=('recency', 'overdue'), source='stats+orders', excluded=False, client=None)
WITH agg AS 
(SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1::INTEGER) THEN :param_6::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_8::BIGINT - client_order_stats.last_order_at) / :param_9::BIGINT) * :param_10::BIGINT) THEN :param_11::INTEGER ELSE :param_12::INTEGER END AS overdue 
FROM client_order_stats 
WHERE client_order_stats.last_order_at <= :last_order_at_1::BIGINT AND (client_order_stats.client_id NOT IN (SELECT client_order_stats_stale.client_id 
FROM client_order_stats_stale)) UNION ALL SELECT agg0.client_id AS client_id, agg0.n_all AS n_all, agg0.last_at AS last_at, agg0.rev_w AS rev_w, agg0.n_w AS n_w, agg0.first_at AS first_w, CASE WHEN (agg0.n_all < :n_all_1::INTEGER) THEN :param_13::INTEGER WHEN (CAST(:param_14 AS DOUBLE PRECISION) * ((agg0.last_at - agg0.first_at) / (((agg0.n_all - :n_all_2::INTEGER) + :param_15::INTEGER) / :param_16::INTEGER)) <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_19::BIGINT) THEN :param_20::INTEGER ELSE (SELECT CASE WHEN ((agg0.n_all - :n_all_2::INTEGER) % :param_21::INTEGER = :param_22::INTEGER AND :sum_1::INTEGER * sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE PRECISION) * g.gap <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_24::BIGINT) THEN :param_25::INTEGER ELSE :param_26::INTEGER END) >= (agg0.n_all - :n_all_2::INTEGER) + :param_27::INTEGER OR (agg0.n_all - :n_all_2::INTEGER) % :param_21::INTEGER != :param_22::INTEGER AND (sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE PRECISION) * g.gap <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_24::BIGINT) THEN :param_25::INTEGER ELSE :param_26::INTEGER END) >= (agg0.n_all - :n_all_2::INTEGER) / :param_28::INTEGER + :param_29::INTEGER OR sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE PRECISION) * g.gap <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_24::BIGINT) THEN :param_25::INTEGER ELSE :param_26::INTEGER END) = (agg0.n_all - :n_all_2::INTEGER) / :param_28::INTEGER AND CAST(:param_30 AS DOUBLE PRECISION) * (max(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE PRECISION) * g.gap <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_24::BIGINT) THEN g.gap END) + min(CASE WHEN (g.gap IS NOT NULL AND NOT (g.gap IS NOT NULL AND CAST(:param_23 AS DOUBLE PRECISION) * g.gap <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_24::BIGINT)) THEN g.gap END)) <= ((:param_17::BIGINT - agg0.last_at) / :param_18::BIGINT) * :param_31::BIGINT)) THEN :param_32::INTEGER ELSE :param_33::INTEGER END AS anon_1 
FROM (SELECT o2.placed_at - lag(o2.placed_at) OVER (ORDER BY o2.placed_at) AS gap 
FROM orders AS o2 
WHERE o2.client_id = agg0.client_id AND o2.placed_at <= :placed_at_1::BIGINT) AS g) END AS overdue 
FROM (SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, min(orders.placed_at) AS first_at, CAST(sum(orders.amount_minor) AS BIGINT) AS rev_w, count(*) AS n_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_2::BIGINT AND orders.client_id IN (SELECT client_order_stats_stale.client_id 
FROM client_order_stats_stale UNION SELECT client_order_stats.client_id 
FROM client_order_stats 
WHERE client_order_stats.last_order_at > :last_order_at_2::BIGINT) GROUP BY orders.client_id) AS agg0), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1::INTEGER) THEN :param_3::INTEGER ELSE :param_4::INTEGER END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2::BIGINT) THEN agg.rev_w ELSE :param_5::INTEGER END) AS BIGINT) AS rev_total 
FROM agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_106::INTEGER) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE PRECISION) / CAST(CAST(sum(hist.cnt) OVER () - :param_107::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_108 AS DOUBLE PRECISION) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5::INTEGER GROUP BY agg.n_w) AS hist), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1::INTEGER) AS n_w, coalesce(scored.rev_w, :coalesce_2::INTEGER) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_78 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_2::INTEGER) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_79::INTEGER) THEN CAST(scored.below AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_80::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_81 AS DOUBLE PRECISION) END ELSE CAST(:param_82 AS DOUBLE PRECISION) END + CAST(:param_83 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_3::INTEGER) THEN pr_n.pr_n ELSE CAST(:param_84 AS DOUBLE PRECISION) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1]))) THEN :param_85::VARCHAR WHEN (coalesce(scored.n_w, :coalesce_1::INTEGER) < :coalesce_4::INTEGER) THEN :param_86::VARCHAR WHEN (coalesce(scored.rev_w, :coalesce_2::INTEGER) < :coalesce_5::BIGINT) THEN :param_87::VARCHAR WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1::VARCHAR AND assignments.created_at >= :created_at_1::BIGINT AND coalesce(assignments.outcome, :coalesce_6::VARCHAR) != :coalesce_7::VARCHAR)) THEN :param_88::VARCHAR WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_telegram.client_id AS client_id, :param_89::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram UNION ALL SELECT suppressed_email.client_id AS client_id, :param_90::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_91::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_92::VARCHAR END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_93::BIGINT - scored.last_at) / :param_94::BIGINT >= :param_95::BIGINT AND (:param_93::BIGINT - scored.last_at) / :param_94::BIGINT <= :param_96::BIGINT, false) THEN :param_97::INTEGER ELSE :param_98::INTEGER END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) THEN :param_99::INTEGER ELSE :param_100::INTEGER END AS f_overdue 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_101::INTEGER AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_102::INTEGER) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4::INTEGER) THEN :param_103::INTEGER ELSE :param_104::INTEGER END AS active, CASE WHEN (agg.rev_w > :rev_w_4::BIGINT) THEN agg.rev_w ELSE :param_105::INTEGER END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_93::BIGINT - scored.last_at) / :param_94::BIGINT >= :param_95::BIGINT AND (:param_93::BIGINT - scored.last_at) / :param_94::BIGINT <= :param_96::BIGINT, false) OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false)) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(CASE WHEN (staged.charged = :charged_1::VARCHAR) THEN :param_66::INTEGER ELSE :param_67::INTEGER END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_2::VARCHAR) THEN :param_68::INTEGER ELSE :param_69::INTEGER END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_3::VARCHAR) THEN :param_70::INTEGER ELSE :param_71::INTEGER END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_4::VARCHAR) THEN :param_72::INTEGER ELSE :param_73::INTEGER END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_5::VARCHAR) THEN :param_74::INTEGER ELSE :param_75::INTEGER END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_76::INTEGER ELSE :param_77::INTEGER END) AS t_remaining 
FROM staged), 
cut AS 
(SELECT staged.score AS score, staged.rev_w AS rev_w 
FROM staged 
WHERE staged.charged IS NULL AND (SELECT totals.t_remaining 
FROM totals) >= :param_109::INTEGER ORDER BY staged.score DESC, staged.rev_w DESC 
 LIMIT :param_110::INTEGER OFFSET :param_111::INTEGER), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NULL AND (NOT (EXISTS (SELECT * 
FROM cut)) OR staged.score > (SELECT cut.score 
FROM cut) OR staged.score = (SELECT cut.score 
FROM cut) AND staged.rev_w >= (SELECT cut.rev_w 
FROM cut))), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id COLLATE "C" AS anon_4 
FROM clients 
WHERE clients.id = agg.client_id)) - :param_112::INTEGER AS place 
FROM agg 
WHERE agg.rev_w IN (SELECT staged.rev_w 
FROM staged 
WHERE staged.rev_w > :rev_w_5::BIGINT AND staged.peers > :peers_3::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_113::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_114::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4::BIGINT) * staged.rev_w) * :param_115::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_116::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_117::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_118::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4::BIGINT) * staged.rev_w) * :param_119::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_120::BIGINT))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1::INTEGER - min(monthly.m)) + :param_121::INTEGER AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE PRECISION) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_122::INTEGER ELSE :param_123::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_124::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN :param_125::INTEGER ELSE :param_126::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_127::INTEGER ELSE :param_128::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_129::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN :param_130::INTEGER ELSE :param_131::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_132::INTEGER ELSE :param_133::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_134::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN :param_135::INTEGER ELSE :param_136::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_137::INTEGER ELSE :param_138::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_139::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN :param_140::INTEGER ELSE :param_141::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_142::INTEGER ELSE :param_143::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_144::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN :param_145::INTEGER ELSE :param_146::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_147::INTEGER ELSE :param_148::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_149::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN :param_150::INTEGER ELSE :param_151::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_152::INTEGER ELSE :param_153::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_154::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN :param_155::INTEGER ELSE :param_156::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_157::INTEGER ELSE :param_158::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_159::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_41::BIGINT) THEN :param_160::INTEGER ELSE :param_161::INTEGER END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5::BIGINT) THEN :param_162::INTEGER ELSE :param_163::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6::BIGINT) THEN :param_164::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7::BIGINT) THEN :param_165::INTEGER ELSE :param_166::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9::BIGINT) THEN :param_167::INTEGER ELSE :param_168::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10::BIGINT) THEN :param_169::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11::BIGINT) THEN :param_170::INTEGER ELSE :param_171::INTEGER END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14::BIGINT) THEN :param_172::INTEGER ELSE :param_173::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15::BIGINT) THEN :param_174::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16::BIGINT) THEN :param_175::INTEGER ELSE :param_176::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18::BIGINT) THEN :param_177::INTEGER ELSE :param_178::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19::BIGINT) THEN :param_179::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20::BIGINT) THEN :param_180::INTEGER ELSE :param_181::INTEGER END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24::BIGINT) THEN :param_182::INTEGER ELSE :param_183::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25::BIGINT) THEN :param_184::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26::BIGINT) THEN :param_185::INTEGER ELSE :param_186::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28::BIGINT) THEN :param_187::INTEGER ELSE :param_188::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29::BIGINT) THEN :param_189::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30::BIGINT) THEN :param_190::INTEGER ELSE :param_191::INTEGER END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33::BIGINT) THEN :param_192::INTEGER ELSE :param_193::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34::BIGINT) THEN :param_194::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35::BIGINT) THEN :param_195::INTEGER ELSE :param_196::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37::BIGINT) THEN :param_197::INTEGER ELSE :param_198::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38::BIGINT) THEN :param_199::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39::BIGINT) THEN :param_200::INTEGER ELSE :param_201::INTEGER END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, top.first_w AS first_w, CASE WHEN (top.last_at < :last_at_1::BIGINT) THEN CASE WHEN (top.last_at < :last_at_2::BIGINT) THEN CASE WHEN (top.last_at < :last_at_3::BIGINT) THEN CASE WHEN (top.last_at < :last_at_4::BIGINT) THEN CASE WHEN (top.last_at < :last_at_5::BIGINT) THEN :param_202::INTEGER ELSE :param_203::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_6::BIGINT) THEN :param_204::INTEGER ELSE CASE WHEN (top.last_at < :last_at_7::BIGINT) THEN :param_205::INTEGER ELSE :param_206::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_8::BIGINT) THEN CASE WHEN (top.last_at < :last_at_9::BIGINT) THEN :param_207::INTEGER ELSE :param_208::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_10::BIGINT) THEN :param_209::INTEGER ELSE CASE WHEN (top.last_at < :last_at_11::BIGINT) THEN :param_210::INTEGER ELSE :param_211::INTEGER END END END END ELSE CASE WHEN (top.last_at < :last_at_12::BIGINT) THEN CASE WHEN (top.last_at < :last_at_13::BIGINT) THEN CASE WHEN (top.last_at < :last_at_14::BIGINT) THEN :param_212::INTEGER ELSE :param_213::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_15::BIGINT) THEN :param_214::INTEGER ELSE CASE WHEN (top.last_at < :last_at_16::BIGINT) THEN :param_215::INTEGER ELSE :param_216::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_17::BIGINT) THEN CASE WHEN (top.last_at < :last_at_18::BIGINT) THEN :param_217::INTEGER ELSE :param_218::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_19::BIGINT) THEN :param_219::INTEGER ELSE CASE WHEN (top.last_at < :last_at_20::BIGINT) THEN :param_220::INTEGER ELSE :param_221::INTEGER END END END END END ELSE CASE WHEN (top.last_at < :last_at_21::BIGINT) THEN CASE WHEN (top.last_at < :last_at_22::BIGINT) THEN CASE WHEN (top.last_at < :last_at_23::BIGINT) THEN CASE WHEN (top.last_at < :last_at_24::BIGINT) THEN :param_222::INTEGER ELSE :param_223::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_25::BIGINT) THEN :param_224::INTEGER ELSE CASE WHEN (top.last_at < :last_at_26::BIGINT) THEN :param_225::INTEGER ELSE :param_226::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_27::BIGINT) THEN CASE WHEN (top.last_at < :last_at_28::BIGINT) THEN :param_227::INTEGER ELSE :param_228::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_29::BIGINT) THEN :param_229::INTEGER ELSE CASE WHEN (top.last_at < :last_at_30::BIGINT) THEN :param_230::INTEGER ELSE :param_231::INTEGER END END END END ELSE CASE WHEN (top.last_at < :last_at_31::BIGINT) THEN CASE WHEN (top.last_at < :last_at_32::BIGINT) THEN CASE WHEN (top.last_at < :last_at_33::BIGINT) THEN :param_232::INTEGER ELSE :param_233::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_34::BIGINT) THEN :param_234::INTEGER ELSE CASE WHEN (top.last_at < :last_at_35::BIGINT) THEN :param_235::INTEGER ELSE :param_236::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_36::BIGINT) THEN CASE WHEN (top.last_at < :last_at_37::BIGINT) THEN :param_237::INTEGER ELSE :param_238::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_38::BIGINT) THEN :param_239::INTEGER ELSE CASE WHEN (top.last_at < :last_at_39::BIGINT) THEN :param_240::INTEGER ELSE :param_241::INTEGER END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6::INTEGER AND :param_242::INTEGER - :last_m_1::INTEGER * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40::BIGINT OR (xyz_months.last_m - xyz_months.first_m) + :param_243::INTEGER < :param_244::INTEGER OR :param_245::INTEGER * (:param_246::INTEGER - xyz_months.first_m) > :n_w_7::INTEGER * xyz_months.n_w OR :param_247::INTEGER * (:param_246::INTEGER - xyz_months.first_m) > :param_248::INTEGER * ((xyz_months.last_m - xyz_months.first_m) + :param_243::INTEGER))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_42::BIGINT AND orders.placed_at < :placed_at_43::BIGINT GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_122::INTEGER ELSE :param_123::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_124::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN :param_125::INTEGER ELSE :param_126::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_127::INTEGER ELSE :param_128::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_129::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN :param_130::INTEGER ELSE :param_131::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_132::INTEGER ELSE :param_133::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_134::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN :param_135::INTEGER ELSE :param_136::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_137::INTEGER ELSE :param_138::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_139::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN :param_140::INTEGER ELSE :param_141::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_142::INTEGER ELSE :param_143::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_144::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN :param_145::INTEGER ELSE :param_146::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_147::INTEGER ELSE :param_148::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_149::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN :param_150::INTEGER ELSE :param_151::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_152::INTEGER ELSE :param_153::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_154::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN :param_155::INTEGER ELSE :param_156::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_157::INTEGER ELSE :param_158::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_159::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_41::BIGINT) THEN :param_160::INTEGER ELSE :param_161::INTEGER END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, CASE WHEN (top.rev_w IS NULL) THEN :param_1::VARCHAR WHEN (top.rev_w <= :rev_w_1::BIGINT) THEN :param_2::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_34::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_35::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_36::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_37::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_38::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_39::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_40::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_41::BIGINT)) THEN boundary.place ELSE :param_42::INTEGER END * top.rev_w) * :param_43::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_44::BIGINT) THEN :param_45::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_34::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_35::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_36::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_37::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_38::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_39::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_40::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_41::BIGINT)) THEN boundary.place ELSE :param_42::INTEGER END * top.rev_w) * :param_46::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_47::BIGINT) THEN :param_48::VARCHAR ELSE :param_49::VARCHAR END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_50::BIGINT - top.last_at) / :param_51::BIGINT END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_52::INTEGER ELSE :param_53::INTEGER END AS s_telegram, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3::VARCHAR AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1::VARCHAR AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_4::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_54::INTEGER ELSE :param_55::INTEGER END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_56::INTEGER ELSE :param_57::INTEGER END AS s_sms, CASE WHEN (xyz.k IS NULL) THEN :param_58::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_59::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_60::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_61 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_62::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_63 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_64::VARCHAR ELSE :param_65::VARCHAR END AS xyz 
FROM totals LEFT OUTER JOIN top ON true LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.score DESC, top.rev_w DESC, top.external_id COLLATE "C" 
 LIMIT :param_249::INTEGER;
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
-- n_w_2 = 0
-- n_w_3 = 0
-- n_w_4 = 0
-- n_w_5 = 0
-- n_w_6 = 3
-- n_w_7 = 17
-- orders_count_1 = 3
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 172800
-- param_100 = 0
-- param_101 = 1
-- param_102 = 1
-- param_103 = 1
-- param_104 = 0
-- param_105 = 0
-- param_106 = 1
-- param_107 = 1
-- param_108 = 0.0
-- param_109 = 500
-- param_11 = 1
-- param_110 = 1
-- param_111 = 499
-- param_112 = 1
-- param_113 = 5
-- param_114 = 4
-- param_115 = 5
-- param_116 = 4
-- param_117 = 20
-- param_118 = 19
-- param_119 = 20
-- param_12 = 0
-- param_120 = 19
-- param_121 = 1
-- param_122 = 0
-- param_123 = 1
-- param_124 = 2
-- param_125 = 3
-- param_126 = 4
-- param_127 = 5
-- param_128 = 6
-- param_129 = 7
-- param_13 = 0
-- param_130 = 8
-- param_131 = 9
-- param_132 = 10
-- param_133 = 11
-- param_134 = 12
-- param_135 = 13
-- param_136 = 14
-- param_137 = 15
-- param_138 = 16
-- param_139 = 17
-- param_14 = 3.0
-- param_140 = 18
-- param_141 = 19
-- param_142 = 20
-- param_143 = 21
-- param_144 = 22
-- param_145 = 23
-- param_146 = 24
-- param_147 = 25
-- param_148 = 26
-- param_149 = 27
-- param_15 = 1
-- param_150 = 28
-- param_151 = 29
-- param_152 = 30
-- param_153 = 31
-- param_154 = 32
-- param_155 = 33
-- param_156 = 34
-- param_157 = 35
-- param_158 = 36
-- param_159 = 37
-- param_16 = 2
-- param_160 = 38
-- param_161 = 39
-- param_162 = 0
-- param_163 = 1
-- param_164 = 2
-- param_165 = 3
-- param_166 = 4
-- param_167 = 5
-- param_168 = 6
-- param_169 = 7
-- param_17 = 1751317200
-- param_170 = 8
-- param_171 = 9
-- param_172 = 10
-- param_173 = 11
-- param_174 = 12
-- param_175 = 13
-- param_176 = 14
-- param_177 = 15
-- param_178 = 16
-- param_179 = 17
-- param_18 = 86400
-- param_180 = 18
-- param_181 = 19
-- param_182 = 20
-- param_183 = 21
-- param_184 = 22
-- param_185 = 23
-- param_186 = 24
-- param_187 = 25
-- param_188 = 26
-- param_189 = 27
-- param_19 = 86400
-- param_190 = 28
-- param_191 = 29
-- param_192 = 30
-- param_193 = 31
-- param_194 = 32
-- param_195 = 33
-- param_196 = 34
-- param_197 = 35
-- param_198 = 36
-- param_199 = 37
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 38
-- param_201 = 39
-- param_202 = 0
-- param_203 = 1
-- param_204 = 2
-- param_205 = 3
-- param_206 = 4
-- param_207 = 5
-- param_208 = 6
-- param_209 = 7
-- param_21 = 2
-- param_210 = 8
-- param_211 = 9
-- param_212 = 10
-- param_213 = 11
-- param_214 = 12
-- param_215 = 13
-- param_216 = 14
-- param_217 = 15
-- param_218 = 16
-- param_219 = 17
-- param_22 = 1
-- param_220 = 18
-- param_221 = 19
-- param_222 = 20
-- param_223 = 21
-- param_224 = 22
-- param_225 = 23
-- param_226 = 24
-- param_227 = 25
-- param_228 = 26
-- param_229 = 27
-- param_23 = 3.0
-- param_230 = 28
-- param_231 = 29
-- param_232 = 30
-- param_233 = 31
-- param_234 = 32
-- param_235 = 33
-- param_236 = 34
-- param_237 = 35
-- param_238 = 36
-- param_239 = 37
-- param_24 = 86400
-- param_240 = 38
-- param_241 = 39
-- param_242 = 624
-- param_243 = 1
-- param_244 = 3
-- param_245 = 16
-- param_246 = 40
-- param_247 = 16
-- param_248 = 17
-- param_249 = 500
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
-- param_36 = 5
-- param_37 = 4
-- param_38 = 20
-- param_39 = 19
-- param_4 = 0
-- param_40 = 20
-- param_41 = 19
-- param_42 = 0
-- param_43 = 5
-- param_44 = 4
-- param_45 = 'A'
-- param_46 = 20
-- param_47 = 19
-- param_48 = 'B'
-- param_49 = 'C'
-- param_5 = 0
-- param_50 = 1751317200
-- param_51 = 86400
-- param_52 = 1
-- param_53 = 0
-- param_54 = 1
-- param_55 = 0
-- param_56 = 1
-- param_57 = 0
-- param_58 = 'Z'
-- param_59 = 'Z'
-- param_6 = 0
-- param_60 = 'Z'
-- param_61 = 0.01
-- param_62 = 'X'
-- param_63 = 0.0625
-- param_64 = 'Y'
-- param_65 = 'Z'
-- param_66 = 1
-- param_67 = 0
-- param_68 = 1
-- param_69 = 0
-- param_7 = 3.0
-- param_70 = 1
-- param_71 = 0
-- param_72 = 1
-- param_73 = 0
-- param_74 = 1
-- param_75 = 0
-- param_76 = 1
-- param_77 = 0
-- param_78 = 0.6
-- param_79 = 1
-- param_8 = 1751317200
-- param_80 = 1
-- param_81 = 0.0
-- param_82 = 0.0
-- param_83 = 0.4
-- param_84 = 0.0
-- param_85 = 'tags'
-- param_86 = 'min_orders'
-- param_87 = 'min_revenue'
-- param_88 = 'cooldown'
-- param_89 = 0
-- param_9 = 86400
-- param_90 = 1
-- param_91 = 2
-- param_92 = 'opted_out'
-- param_93 = 1751317200
-- param_94 = 86400
-- param_95 = 90
-- param_96 = 730
-- param_97 = 1
-- param_98 = 0
-- param_99 = 1
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
