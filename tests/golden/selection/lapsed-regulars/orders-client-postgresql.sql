-- namespace(criteria=('recency', 'overdue'), source='orders', excluded=False, client='C-00042')
WITH agg AS 
(SELECT agg0.client_id AS client_id, agg0.n_all AS n_all, agg0.last_at AS last_at, agg0.rev_w AS rev_w, agg0.n_w AS n_w, agg0.first_at AS first_w, CASE WHEN (agg0.n_all < :n_all_1::INTEGER) THEN :param_6::INTEGER WHEN (CAST(:param_7 AS DOUBLE PRECISION) * ((agg0.last_at - agg0.first_at) / (((agg0.n_all - :n_all_2::INTEGER) + :param_8::INTEGER) / :param_9::INTEGER)) <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_12::BIGINT) THEN :param_13::INTEGER ELSE (SELECT CASE WHEN ((agg0.n_all - :n_all_2::INTEGER) % :param_14::INTEGER = :param_15::INTEGER AND :sum_1::INTEGER * sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE PRECISION) * g.gap <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_17::BIGINT) THEN :param_18::INTEGER ELSE :param_19::INTEGER END) >= (agg0.n_all - :n_all_2::INTEGER) + :param_20::INTEGER OR (agg0.n_all - :n_all_2::INTEGER) % :param_14::INTEGER != :param_15::INTEGER AND (sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE PRECISION) * g.gap <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_17::BIGINT) THEN :param_18::INTEGER ELSE :param_19::INTEGER END) >= (agg0.n_all - :n_all_2::INTEGER) / :param_21::INTEGER + :param_22::INTEGER OR sum(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE PRECISION) * g.gap <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_17::BIGINT) THEN :param_18::INTEGER ELSE :param_19::INTEGER END) = (agg0.n_all - :n_all_2::INTEGER) / :param_21::INTEGER AND CAST(:param_23 AS DOUBLE PRECISION) * (max(CASE WHEN (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE PRECISION) * g.gap <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_17::BIGINT) THEN g.gap END) + min(CASE WHEN (g.gap IS NOT NULL AND NOT (g.gap IS NOT NULL AND CAST(:param_16 AS DOUBLE PRECISION) * g.gap <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_17::BIGINT)) THEN g.gap END)) <= ((:param_10::BIGINT - agg0.last_at) / :param_11::BIGINT) * :param_24::BIGINT)) THEN :param_25::INTEGER ELSE :param_26::INTEGER END AS anon_1 
FROM (SELECT o2.placed_at - lag(o2.placed_at) OVER (ORDER BY o2.placed_at) AS gap 
FROM orders AS o2 
WHERE o2.client_id = agg0.client_id AND o2.placed_at <= :placed_at_1::BIGINT) AS g) END AS overdue 
FROM (SELECT orders.client_id AS client_id, count(*) AS n_all, max(orders.placed_at) AS last_at, min(orders.placed_at) AS first_at, CAST(sum(orders.amount_minor) AS BIGINT) AS rev_w, count(*) AS n_w 
FROM orders 
WHERE orders.placed_at <= :placed_at_2::BIGINT GROUP BY orders.client_id) AS agg0), 
stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1::INTEGER) THEN :param_3::INTEGER ELSE :param_4::INTEGER END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2::BIGINT) THEN agg.rev_w ELSE :param_5::INTEGER END) AS BIGINT) AS rev_total 
FROM agg), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_99::INTEGER) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE PRECISION) / CAST(CAST(sum(hist.cnt) OVER () - :param_100::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_101 AS DOUBLE PRECISION) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM agg 
WHERE agg.n_w > :n_w_5::INTEGER GROUP BY agg.n_w) AS hist), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.first_w AS first_w, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.excluded_by AS charged 
FROM (SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1::INTEGER) AS n_w, coalesce(scored.rev_w, :coalesce_2::INTEGER) AS rev_w, scored.last_at AS last_at, scored.first_w AS first_w, coalesce(CAST(:param_71 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_2::INTEGER) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_72::INTEGER) THEN CAST(scored.below AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_73::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_74 AS DOUBLE PRECISION) END ELSE CAST(:param_75 AS DOUBLE PRECISION) END + CAST(:param_76 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_3::INTEGER) THEN pr_n.pr_n ELSE CAST(:param_77 AS DOUBLE PRECISION) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1]))) THEN :param_78::VARCHAR WHEN (coalesce(scored.n_w, :coalesce_1::INTEGER) < :coalesce_4::INTEGER) THEN :param_79::VARCHAR WHEN (coalesce(scored.rev_w, :coalesce_2::INTEGER) < :coalesce_5::BIGINT) THEN :param_80::VARCHAR WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1::VARCHAR AND assignments.created_at >= :created_at_1::BIGINT AND coalesce(assignments.outcome, :coalesce_6::VARCHAR) != :coalesce_7::VARCHAR)) THEN :param_81::VARCHAR WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_telegram.client_id AS client_id, :param_82::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram UNION ALL SELECT suppressed_email.client_id AS client_id, :param_83::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_3 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_sms.client_id AS client_id, :param_84::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_85::VARCHAR END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_86::BIGINT - scored.last_at) / :param_87::BIGINT >= :param_88::BIGINT AND (:param_86::BIGINT - scored.last_at) / :param_87::BIGINT <= :param_89::BIGINT, false) THEN :param_90::INTEGER ELSE :param_91::INTEGER END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) THEN :param_92::INTEGER ELSE :param_93::INTEGER END AS f_overdue 
FROM (SELECT ranking.client_id AS client_id, ranking.n_all AS n_all, ranking.last_at AS last_at, ranking.rev_w AS rev_w, ranking.n_w AS n_w, ranking.first_w AS first_w, ranking.overdue AS overdue, rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_94::INTEGER AS below, count(*) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - (rank() OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) - :param_95::INTEGER) AS peers, CAST(sum(ranking.positive) OVER (PARTITION BY ranking.active ORDER BY ranking.rev_w) AS BIGINT) AS positive_upto 
FROM (SELECT agg.client_id AS client_id, agg.n_all AS n_all, agg.last_at AS last_at, agg.rev_w AS rev_w, agg.n_w AS n_w, agg.first_w AS first_w, agg.overdue AS overdue, CASE WHEN (agg.n_w > :n_w_4::INTEGER) THEN :param_96::INTEGER ELSE :param_97::INTEGER END AS active, CASE WHEN (agg.rev_w > :rev_w_4::BIGINT) THEN agg.rev_w ELSE :param_98::INTEGER END AS positive 
FROM agg) AS ranking) AS scored LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_86::BIGINT - scored.last_at) / :param_87::BIGINT >= :param_88::BIGINT AND (:param_86::BIGINT - scored.last_at) / :param_87::BIGINT <= :param_89::BIGINT, false) OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false)) AS lost), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(CASE WHEN (staged.charged = :charged_1::VARCHAR) THEN :param_59::INTEGER ELSE :param_60::INTEGER END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_2::VARCHAR) THEN :param_61::INTEGER ELSE :param_62::INTEGER END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_3::VARCHAR) THEN :param_63::INTEGER ELSE :param_64::INTEGER END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_4::VARCHAR) THEN :param_65::INTEGER ELSE :param_66::INTEGER END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_5::VARCHAR) THEN :param_67::INTEGER ELSE :param_68::INTEGER END) AS x_opted_out, sum(CASE WHEN (staged.charged IS NULL) THEN :param_69::INTEGER ELSE :param_70::INTEGER END) AS t_remaining 
FROM staged), 
target AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.first_w AS first_w, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent, CASE WHEN (staged.charged IS NULL) THEN :param_102::INTEGER ELSE :param_103::INTEGER END AS kind 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE (clients.external_id COLLATE "C") = :param_105::VARCHAR), 
top AS 
(SELECT target.client_id AS client_id, target.n_w AS n_w, target.rev_w AS rev_w, target.last_at AS last_at, target.first_w AS first_w, target.score AS score, target.positive_upto AS positive_upto, target.peers AS peers, target.f_recency AS f_recency, target.f_overdue AS f_overdue, target.charged AS charged, target.external_id AS external_id, target.name AS name, target.email AS email, target.phone AS phone, target.telegram_chat_id AS telegram_chat_id, target.timezone AS timezone, target.locale AS locale, target.manager AS manager, target.email_consent AS email_consent, target.sms_consent AS sms_consent, target.telegram_consent AS telegram_consent, target.kind AS kind, (SELECT count(*) AS count_2 
FROM staged 
WHERE CASE WHEN (staged.charged IS NULL) THEN :param_102::INTEGER ELSE :param_103::INTEGER END = target.kind AND (staged.score > target.score OR staged.score = target.score AND (staged.rev_w > target.rev_w OR staged.rev_w = target.rev_w AND (SELECT clients.external_id COLLATE "C" AS anon_4 
FROM clients 
WHERE clients.id = staged.client_id) < (target.external_id COLLATE "C")))) + :param_104::INTEGER AS rank 
FROM target), 
boundary AS 
(SELECT agg.client_id AS client_id, row_number() OVER (PARTITION BY agg.rev_w ORDER BY (SELECT clients.external_id COLLATE "C" AS anon_5 
FROM clients 
WHERE clients.id = agg.client_id)) - :param_106::INTEGER AS place 
FROM agg 
WHERE agg.rev_w IN (SELECT staged.rev_w 
FROM staged 
WHERE staged.rev_w > :rev_w_5::BIGINT AND staged.peers > :peers_3::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_107::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_108::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4::BIGINT) * staged.rev_w) * :param_109::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_110::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) * :param_111::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_112::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - staged.positive_upto) + (staged.peers - :peers_4::BIGINT) * staged.rev_w) * :param_113::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_114::BIGINT))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1::INTEGER - min(monthly.m)) + :param_115::INTEGER AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE PRECISION) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_116::INTEGER ELSE :param_117::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_118::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN :param_119::INTEGER ELSE :param_120::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_121::INTEGER ELSE :param_122::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_123::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN :param_124::INTEGER ELSE :param_125::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_126::INTEGER ELSE :param_127::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_128::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN :param_129::INTEGER ELSE :param_130::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_131::INTEGER ELSE :param_132::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_133::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN :param_134::INTEGER ELSE :param_135::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_136::INTEGER ELSE :param_137::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_138::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN :param_139::INTEGER ELSE :param_140::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_141::INTEGER ELSE :param_142::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_143::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN :param_144::INTEGER ELSE :param_145::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_146::INTEGER ELSE :param_147::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_148::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN :param_149::INTEGER ELSE :param_150::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_151::INTEGER ELSE :param_152::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_153::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_41::BIGINT) THEN :param_154::INTEGER ELSE :param_155::INTEGER END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, xyz_maybe.first_w AS first_w, CASE WHEN (xyz_maybe.first_w < :first_w_1::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_2::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_3::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_4::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_5::BIGINT) THEN :param_156::INTEGER ELSE :param_157::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_6::BIGINT) THEN :param_158::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_7::BIGINT) THEN :param_159::INTEGER ELSE :param_160::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_8::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_9::BIGINT) THEN :param_161::INTEGER ELSE :param_162::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_10::BIGINT) THEN :param_163::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_11::BIGINT) THEN :param_164::INTEGER ELSE :param_165::INTEGER END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_12::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_13::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_14::BIGINT) THEN :param_166::INTEGER ELSE :param_167::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_15::BIGINT) THEN :param_168::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_16::BIGINT) THEN :param_169::INTEGER ELSE :param_170::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_17::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_18::BIGINT) THEN :param_171::INTEGER ELSE :param_172::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_19::BIGINT) THEN :param_173::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_20::BIGINT) THEN :param_174::INTEGER ELSE :param_175::INTEGER END END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_21::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_22::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_23::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_24::BIGINT) THEN :param_176::INTEGER ELSE :param_177::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_25::BIGINT) THEN :param_178::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_26::BIGINT) THEN :param_179::INTEGER ELSE :param_180::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_27::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_28::BIGINT) THEN :param_181::INTEGER ELSE :param_182::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_29::BIGINT) THEN :param_183::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_30::BIGINT) THEN :param_184::INTEGER ELSE :param_185::INTEGER END END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_31::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_32::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_33::BIGINT) THEN :param_186::INTEGER ELSE :param_187::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_34::BIGINT) THEN :param_188::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_35::BIGINT) THEN :param_189::INTEGER ELSE :param_190::INTEGER END END END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_36::BIGINT) THEN CASE WHEN (xyz_maybe.first_w < :first_w_37::BIGINT) THEN :param_191::INTEGER ELSE :param_192::INTEGER END ELSE CASE WHEN (xyz_maybe.first_w < :first_w_38::BIGINT) THEN :param_193::INTEGER ELSE CASE WHEN (xyz_maybe.first_w < :first_w_39::BIGINT) THEN :param_194::INTEGER ELSE :param_195::INTEGER END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.first_w AS first_w, xyz_last.last_m AS last_m 
FROM (SELECT top.client_id AS client_id, top.n_w AS n_w, top.first_w AS first_w, CASE WHEN (top.last_at < :last_at_1::BIGINT) THEN CASE WHEN (top.last_at < :last_at_2::BIGINT) THEN CASE WHEN (top.last_at < :last_at_3::BIGINT) THEN CASE WHEN (top.last_at < :last_at_4::BIGINT) THEN CASE WHEN (top.last_at < :last_at_5::BIGINT) THEN :param_196::INTEGER ELSE :param_197::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_6::BIGINT) THEN :param_198::INTEGER ELSE CASE WHEN (top.last_at < :last_at_7::BIGINT) THEN :param_199::INTEGER ELSE :param_200::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_8::BIGINT) THEN CASE WHEN (top.last_at < :last_at_9::BIGINT) THEN :param_201::INTEGER ELSE :param_202::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_10::BIGINT) THEN :param_203::INTEGER ELSE CASE WHEN (top.last_at < :last_at_11::BIGINT) THEN :param_204::INTEGER ELSE :param_205::INTEGER END END END END ELSE CASE WHEN (top.last_at < :last_at_12::BIGINT) THEN CASE WHEN (top.last_at < :last_at_13::BIGINT) THEN CASE WHEN (top.last_at < :last_at_14::BIGINT) THEN :param_206::INTEGER ELSE :param_207::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_15::BIGINT) THEN :param_208::INTEGER ELSE CASE WHEN (top.last_at < :last_at_16::BIGINT) THEN :param_209::INTEGER ELSE :param_210::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_17::BIGINT) THEN CASE WHEN (top.last_at < :last_at_18::BIGINT) THEN :param_211::INTEGER ELSE :param_212::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_19::BIGINT) THEN :param_213::INTEGER ELSE CASE WHEN (top.last_at < :last_at_20::BIGINT) THEN :param_214::INTEGER ELSE :param_215::INTEGER END END END END END ELSE CASE WHEN (top.last_at < :last_at_21::BIGINT) THEN CASE WHEN (top.last_at < :last_at_22::BIGINT) THEN CASE WHEN (top.last_at < :last_at_23::BIGINT) THEN CASE WHEN (top.last_at < :last_at_24::BIGINT) THEN :param_216::INTEGER ELSE :param_217::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_25::BIGINT) THEN :param_218::INTEGER ELSE CASE WHEN (top.last_at < :last_at_26::BIGINT) THEN :param_219::INTEGER ELSE :param_220::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_27::BIGINT) THEN CASE WHEN (top.last_at < :last_at_28::BIGINT) THEN :param_221::INTEGER ELSE :param_222::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_29::BIGINT) THEN :param_223::INTEGER ELSE CASE WHEN (top.last_at < :last_at_30::BIGINT) THEN :param_224::INTEGER ELSE :param_225::INTEGER END END END END ELSE CASE WHEN (top.last_at < :last_at_31::BIGINT) THEN CASE WHEN (top.last_at < :last_at_32::BIGINT) THEN CASE WHEN (top.last_at < :last_at_33::BIGINT) THEN :param_226::INTEGER ELSE :param_227::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_34::BIGINT) THEN :param_228::INTEGER ELSE CASE WHEN (top.last_at < :last_at_35::BIGINT) THEN :param_229::INTEGER ELSE :param_230::INTEGER END END END ELSE CASE WHEN (top.last_at < :last_at_36::BIGINT) THEN CASE WHEN (top.last_at < :last_at_37::BIGINT) THEN :param_231::INTEGER ELSE :param_232::INTEGER END ELSE CASE WHEN (top.last_at < :last_at_38::BIGINT) THEN :param_233::INTEGER ELSE CASE WHEN (top.last_at < :last_at_39::BIGINT) THEN :param_234::INTEGER ELSE :param_235::INTEGER END END END END END END AS last_m 
FROM top) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_6::INTEGER AND :param_236::INTEGER - :last_m_1::INTEGER * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_40::BIGINT OR (xyz_months.last_m - xyz_months.first_m) + :param_237::INTEGER < :param_238::INTEGER OR :param_239::INTEGER * (:param_240::INTEGER - xyz_months.first_m) > :n_w_7::INTEGER * xyz_months.n_w OR :param_241::INTEGER * (:param_240::INTEGER - xyz_months.first_m) > :param_242::INTEGER * ((xyz_months.last_m - xyz_months.first_m) + :param_237::INTEGER))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_42::BIGINT AND orders.placed_at < :placed_at_43::BIGINT GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_116::INTEGER ELSE :param_117::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_118::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN :param_119::INTEGER ELSE :param_120::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_121::INTEGER ELSE :param_122::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_123::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN :param_124::INTEGER ELSE :param_125::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_126::INTEGER ELSE :param_127::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_128::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN :param_129::INTEGER ELSE :param_130::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_131::INTEGER ELSE :param_132::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_133::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN :param_134::INTEGER ELSE :param_135::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_136::INTEGER ELSE :param_137::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_138::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN :param_139::INTEGER ELSE :param_140::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_141::INTEGER ELSE :param_142::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_143::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN :param_144::INTEGER ELSE :param_145::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_146::INTEGER ELSE :param_147::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_148::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN :param_149::INTEGER ELSE :param_150::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_151::INTEGER ELSE :param_152::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_153::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_41::BIGINT) THEN :param_154::INTEGER ELSE :param_155::INTEGER END END END END END END) AS monthly GROUP BY monthly.client_id)
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_cooldown, totals.x_opted_out, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.charged, top.rank, CASE WHEN (top.rev_w IS NULL) THEN :param_1::VARCHAR WHEN (top.rev_w <= :rev_w_1::BIGINT) THEN :param_2::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_27::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_28::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_29::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_30::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_31::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_32::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_33::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_34::BIGINT)) THEN boundary.place ELSE :param_35::INTEGER END * top.rev_w) * :param_36::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_37::BIGINT) THEN :param_38::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_27::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_28::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_29::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_30::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_31::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_32::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_33::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_34::BIGINT)) THEN boundary.place ELSE :param_35::INTEGER END * top.rev_w) * :param_39::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_40::BIGINT) THEN :param_41::VARCHAR ELSE :param_42::VARCHAR END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_43::BIGINT - top.last_at) / :param_44::BIGINT END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_45::INTEGER ELSE :param_46::INTEGER END AS s_telegram, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3::VARCHAR AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1::VARCHAR AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_4::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_47::INTEGER ELSE :param_48::INTEGER END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_49::INTEGER ELSE :param_50::INTEGER END AS s_sms, CASE WHEN (xyz.k IS NULL) THEN :param_51::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_52::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_53::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_54 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_55::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_56 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_57::VARCHAR ELSE :param_58::VARCHAR END AS xyz 
FROM totals LEFT OUTER JOIN top ON true LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id LEFT OUTER JOIN xyz ON xyz.client_id = top.client_id ORDER BY top.rank;
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
-- n_w_2 = 0
-- n_w_3 = 0
-- n_w_4 = 0
-- n_w_5 = 0
-- n_w_6 = 3
-- n_w_7 = 17
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 1751317200
-- param_100 = 1
-- param_101 = 0.0
-- param_102 = 0
-- param_103 = 1
-- param_104 = 1
-- param_105 = 'C-00042'
-- param_106 = 1
-- param_107 = 5
-- param_108 = 4
-- param_109 = 5
-- param_11 = 86400
-- param_110 = 4
-- param_111 = 20
-- param_112 = 19
-- param_113 = 20
-- param_114 = 19
-- param_115 = 1
-- param_116 = 0
-- param_117 = 1
-- param_118 = 2
-- param_119 = 3
-- param_12 = 86400
-- param_120 = 4
-- param_121 = 5
-- param_122 = 6
-- param_123 = 7
-- param_124 = 8
-- param_125 = 9
-- param_126 = 10
-- param_127 = 11
-- param_128 = 12
-- param_129 = 13
-- param_13 = 1
-- param_130 = 14
-- param_131 = 15
-- param_132 = 16
-- param_133 = 17
-- param_134 = 18
-- param_135 = 19
-- param_136 = 20
-- param_137 = 21
-- param_138 = 22
-- param_139 = 23
-- param_14 = 2
-- param_140 = 24
-- param_141 = 25
-- param_142 = 26
-- param_143 = 27
-- param_144 = 28
-- param_145 = 29
-- param_146 = 30
-- param_147 = 31
-- param_148 = 32
-- param_149 = 33
-- param_15 = 1
-- param_150 = 34
-- param_151 = 35
-- param_152 = 36
-- param_153 = 37
-- param_154 = 38
-- param_155 = 39
-- param_156 = 0
-- param_157 = 1
-- param_158 = 2
-- param_159 = 3
-- param_16 = 3.0
-- param_160 = 4
-- param_161 = 5
-- param_162 = 6
-- param_163 = 7
-- param_164 = 8
-- param_165 = 9
-- param_166 = 10
-- param_167 = 11
-- param_168 = 12
-- param_169 = 13
-- param_17 = 86400
-- param_170 = 14
-- param_171 = 15
-- param_172 = 16
-- param_173 = 17
-- param_174 = 18
-- param_175 = 19
-- param_176 = 20
-- param_177 = 21
-- param_178 = 22
-- param_179 = 23
-- param_18 = 1
-- param_180 = 24
-- param_181 = 25
-- param_182 = 26
-- param_183 = 27
-- param_184 = 28
-- param_185 = 29
-- param_186 = 30
-- param_187 = 31
-- param_188 = 32
-- param_189 = 33
-- param_19 = 0
-- param_190 = 34
-- param_191 = 35
-- param_192 = 36
-- param_193 = 37
-- param_194 = 38
-- param_195 = 39
-- param_196 = 0
-- param_197 = 1
-- param_198 = 2
-- param_199 = 3
-- param_2 = 'C'
-- param_20 = 1
-- param_200 = 4
-- param_201 = 5
-- param_202 = 6
-- param_203 = 7
-- param_204 = 8
-- param_205 = 9
-- param_206 = 10
-- param_207 = 11
-- param_208 = 12
-- param_209 = 13
-- param_21 = 2
-- param_210 = 14
-- param_211 = 15
-- param_212 = 16
-- param_213 = 17
-- param_214 = 18
-- param_215 = 19
-- param_216 = 20
-- param_217 = 21
-- param_218 = 22
-- param_219 = 23
-- param_22 = 1
-- param_220 = 24
-- param_221 = 25
-- param_222 = 26
-- param_223 = 27
-- param_224 = 28
-- param_225 = 29
-- param_226 = 30
-- param_227 = 31
-- param_228 = 32
-- param_229 = 33
-- param_23 = 3.0
-- param_230 = 34
-- param_231 = 35
-- param_232 = 36
-- param_233 = 37
-- param_234 = 38
-- param_235 = 39
-- param_236 = 624
-- param_237 = 1
-- param_238 = 3
-- param_239 = 16
-- param_24 = 172800
-- param_240 = 40
-- param_241 = 16
-- param_242 = 17
-- param_25 = 1
-- param_26 = 0
-- param_27 = 5
-- param_28 = 4
-- param_29 = 5
-- param_3 = 1
-- param_30 = 4
-- param_31 = 20
-- param_32 = 19
-- param_33 = 20
-- param_34 = 19
-- param_35 = 0
-- param_36 = 5
-- param_37 = 4
-- param_38 = 'A'
-- param_39 = 20
-- param_4 = 0
-- param_40 = 19
-- param_41 = 'B'
-- param_42 = 'C'
-- param_43 = 1751317200
-- param_44 = 86400
-- param_45 = 1
-- param_46 = 0
-- param_47 = 1
-- param_48 = 0
-- param_49 = 1
-- param_5 = 0
-- param_50 = 0
-- param_51 = 'Z'
-- param_52 = 'Z'
-- param_53 = 'Z'
-- param_54 = 0.01
-- param_55 = 'X'
-- param_56 = 0.0625
-- param_57 = 'Y'
-- param_58 = 'Z'
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
-- param_69 = 1
-- param_7 = 3.0
-- param_70 = 0
-- param_71 = 0.6
-- param_72 = 1
-- param_73 = 1
-- param_74 = 0.0
-- param_75 = 0.0
-- param_76 = 0.4
-- param_77 = 0.0
-- param_78 = 'tags'
-- param_79 = 'min_orders'
-- param_8 = 1
-- param_80 = 'min_revenue'
-- param_81 = 'cooldown'
-- param_82 = 0
-- param_83 = 1
-- param_84 = 2
-- param_85 = 'opted_out'
-- param_86 = 1751317200
-- param_87 = 86400
-- param_88 = 90
-- param_89 = 730
-- param_9 = 2
-- param_90 = 1
-- param_91 = 0
-- param_92 = 1
-- param_93 = 0
-- param_94 = 1
-- param_95 = 1
-- param_96 = 1
-- param_97 = 0
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
