-- namespace(criteria=('recency', 'overdue', 'nps', 'conflict', 'inquiries', 'unreachable'), source='stats', excluded=False, client=None)
WITH stats AS 
(SELECT sum(CASE WHEN (agg.n_w > :n_w_1::INTEGER) THEN :param_3::INTEGER ELSE :param_4::INTEGER END) AS n_active, CAST(sum(CASE WHEN (agg.rev_w > :rev_w_2::BIGINT) THEN agg.rev_w ELSE :param_5::INTEGER END) AS BIGINT) AS rev_total 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1::INTEGER) THEN :param_6::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_8::BIGINT - client_order_stats.last_order_at) / :param_9::BIGINT) * :param_10::BIGINT) THEN :param_11::INTEGER ELSE :param_12::INTEGER END AS overdue 
FROM client_order_stats) AS agg), 
scored_again AS 
(SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, CASE WHEN (client_order_stats.orders_count < :orders_count_2::INTEGER) THEN :param_121::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_122 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_123::BIGINT - client_order_stats.last_order_at) / :param_124::BIGINT) * :param_125::BIGINT) THEN :param_126::INTEGER ELSE :param_127::INTEGER END AS overdue, rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_128::INTEGER AS below, count(*) OVER (ORDER BY client_order_stats.revenue_minor) - (rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_129::INTEGER) AS peers, CAST(sum(CASE WHEN (client_order_stats.revenue_minor > :revenue_minor_1::BIGINT) THEN client_order_stats.revenue_minor ELSE :param_130::INTEGER END) OVER (ORDER BY client_order_stats.revenue_minor) AS BIGINT) AS positive_upto 
FROM client_order_stats), 
boundary AS 
(SELECT scored_again.client_id AS client_id, row_number() OVER (PARTITION BY scored_again.rev_w ORDER BY (SELECT clients.external_id COLLATE "C" AS anon_3 
FROM clients 
WHERE clients.id = scored_again.client_id)) - :param_131::INTEGER AS place 
FROM scored_again 
WHERE scored_again.rev_w > :rev_w_6::BIGINT AND scored_again.peers > :peers_5::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_132::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_133::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_6::INTEGER) * scored_again.rev_w) * :param_134::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_135::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) * :param_136::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_137::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored_again.positive_upto) + (scored_again.peers - :peers_6::INTEGER) * scored_again.rev_w) * :param_138::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_139::BIGINT)), 
pr_n AS 
(SELECT hist.n_w AS n_w, CASE WHEN (sum(hist.cnt) OVER () > :param_140::INTEGER) THEN CAST(sum(hist.cnt) OVER (ORDER BY hist.n_w ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - hist.cnt AS DOUBLE PRECISION) / CAST(CAST(sum(hist.cnt) OVER () - :param_141::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_142 AS DOUBLE PRECISION) END AS pr_n 
FROM (SELECT agg.n_w AS n_w, count(*) AS cnt 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.orders_count < :orders_count_1::INTEGER) THEN :param_6::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_7 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_8::BIGINT - client_order_stats.last_order_at) / :param_9::BIGINT) * :param_10::BIGINT) THEN :param_11::INTEGER ELSE :param_12::INTEGER END AS overdue 
FROM client_order_stats) AS agg 
WHERE agg.n_w > :n_w_4::INTEGER GROUP BY agg.n_w) AS hist), 
nps AS 
(SELECT nps_ranked.client_id AS client_id, nps_ranked.score AS score, nps_ranked.answered_at AS answered_at 
FROM (SELECT nps_answers.client_id AS client_id, nps_answers.score AS score, nps_answers.answered_at AS answered_at, row_number() OVER (PARTITION BY nps_answers.client_id ORDER BY nps_answers.answered_at DESC) AS rn 
FROM nps_answers 
WHERE nps_answers.answered_at <= :answered_at_2::BIGINT) AS nps_ranked 
WHERE nps_ranked.rn = :rn_1::INTEGER), 
conflict AS 
(SELECT incidents.client_id AS client_id 
FROM incidents 
WHERE incidents.kind IN (__[POSTCOMPILE_kind_1]) AND incidents.occurred_at <= :occurred_at_1::BIGINT AND incidents.occurred_at >= :occurred_at_2::BIGINT GROUP BY incidents.client_id), 
inquiries AS 
(SELECT incidents.client_id AS client_id, count(*) AS n 
FROM incidents 
WHERE incidents.kind = :kind_2::VARCHAR AND incidents.occurred_at <= :occurred_at_3::BIGINT GROUP BY incidents.client_id), 
unreachable AS 
(SELECT attempts.client_id AS client_id 
FROM (SELECT incidents.client_id AS client_id, incidents.outcome AS outcome, row_number() OVER (PARTITION BY incidents.client_id ORDER BY incidents.occurred_at DESC) AS rn 
FROM incidents 
WHERE incidents.kind = :kind_3::VARCHAR AND incidents.occurred_at <= :occurred_at_4::BIGINT) AS attempts 
WHERE attempts.rn <= :rn_2::INTEGER GROUP BY attempts.client_id 
HAVING count(*) = :count_2::INTEGER AND sum(CASE WHEN (coalesce(attempts.outcome, :coalesce_8::VARCHAR) = :coalesce_9::VARCHAR) THEN :param_149::INTEGER ELSE :param_150::INTEGER END) = :sum_1::INTEGER), 
crit AS 
(SELECT criteria_rows.client_id AS client_id, sum(criteria_rows.bits) AS bits 
FROM (SELECT nps.client_id AS client_id, CASE WHEN (nps.score IS NOT NULL AND nps.score <= :score_1::SMALLINT AND nps.answered_at >= :answered_at_1::BIGINT) THEN :param_143::INTEGER ELSE :param_144::INTEGER END AS bits 
FROM nps UNION ALL SELECT conflict.client_id AS client_id, :param_145::INTEGER AS bits 
FROM conflict UNION ALL SELECT inquiries.client_id AS client_id, CASE WHEN (inquiries.n >= :n_1::INTEGER) THEN :param_146::INTEGER ELSE :param_147::INTEGER END AS bits 
FROM inquiries UNION ALL SELECT unreachable.client_id AS client_id, :param_148::INTEGER AS bits 
FROM unreachable) AS criteria_rows GROUP BY criteria_rows.client_id), 
lost AS 
(SELECT scored.client_id AS client_id, coalesce(scored.n_w, :coalesce_1::INTEGER) AS n_w, coalesce(scored.rev_w, :coalesce_2::INTEGER) AS rev_w, scored.last_at AS last_at, coalesce(CAST(:param_65 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_2::INTEGER) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_66::INTEGER) THEN CAST(scored.below AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_67::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_68 AS DOUBLE PRECISION) END ELSE CAST(:param_69 AS DOUBLE PRECISION) END + CAST(:param_70 AS DOUBLE PRECISION) * CASE WHEN (scored.n_w > :n_w_3::INTEGER) THEN pr_n.pr_n ELSE CAST(:param_71 AS DOUBLE PRECISION) END, :coalesce_3) AS score, scored.positive_upto AS positive_upto, scored.peers AS peers, CASE WHEN (NOT (coalesce(scored.last_at IS NOT NULL AND (:param_72::BIGINT - scored.last_at) / :param_73::BIGINT >= :param_74::BIGINT AND (:param_72::BIGINT - scored.last_at) / :param_73::BIGINT <= :param_75::BIGINT, false) AND coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) AND coalesce((crit.bits & :bits_1::INTEGER) != :param_76::INTEGER, false) AND coalesce((crit.bits & :bits_2::INTEGER) != :param_77::INTEGER, false) AND coalesce(false, false) AND coalesce((crit.bits & :bits_3::INTEGER) != :param_78::INTEGER, false))) THEN :param_79::VARCHAR WHEN ((scored.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_1])))) THEN :param_80::VARCHAR WHEN (scored.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_2]))) THEN :param_81::VARCHAR WHEN (coalesce(scored.n_w, :coalesce_1::INTEGER) < :coalesce_4::INTEGER) THEN :param_82::VARCHAR WHEN (coalesce(scored.rev_w, :coalesce_2::INTEGER) < :coalesce_5::BIGINT) THEN :param_83::VARCHAR WHEN ((CASE WHEN (scored.rev_w IS NULL) THEN :param_84::VARCHAR WHEN (scored.rev_w <= :rev_w_4::BIGINT) THEN :param_85::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_5::BIGINT AND scored.peers > :peers_3::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_86::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_87::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_88::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_89::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_90::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_91::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_92::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_93::BIGINT)) THEN boundary.place ELSE :param_94::INTEGER END * scored.rev_w) * :param_95::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_96::BIGINT) THEN :param_97::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + CASE WHEN (scored.rev_w > :rev_w_5::BIGINT AND scored.peers > :peers_3::INTEGER AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_86::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_87::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_88::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_89::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) * :param_90::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_91::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - scored.positive_upto) + (scored.peers - :peers_4::INTEGER) * scored.rev_w) * :param_92::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_93::BIGINT)) THEN boundary.place ELSE :param_94::INTEGER END * scored.rev_w) * :param_98::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_99::BIGINT) THEN :param_100::VARCHAR ELSE :param_101::VARCHAR END NOT IN (__[POSTCOMPILE_param_102]))) THEN :param_103::VARCHAR WHEN (scored.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_1::VARCHAR AND assignments.created_at >= :created_at_1::BIGINT AND coalesce(assignments.outcome, :coalesce_6::VARCHAR) != :coalesce_7::VARCHAR)) THEN :param_104::VARCHAR WHEN (scored.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_105::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_106::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_107::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_108::VARCHAR END AS excluded_by, CASE WHEN coalesce(scored.last_at IS NOT NULL AND (:param_72::BIGINT - scored.last_at) / :param_73::BIGINT >= :param_74::BIGINT AND (:param_72::BIGINT - scored.last_at) / :param_73::BIGINT <= :param_75::BIGINT, false) THEN :param_109::INTEGER ELSE :param_110::INTEGER END AS f_recency, CASE WHEN coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) THEN :param_111::INTEGER ELSE :param_112::INTEGER END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_1::INTEGER) != :param_76::INTEGER, false) THEN :param_113::INTEGER ELSE :param_114::INTEGER END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_2::INTEGER) != :param_77::INTEGER, false) THEN :param_115::INTEGER ELSE :param_116::INTEGER END AS f_conflict, CASE WHEN coalesce(false, false) THEN :param_117::INTEGER ELSE :param_118::INTEGER END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_3::INTEGER) != :param_78::INTEGER, false) THEN :param_119::INTEGER ELSE :param_120::INTEGER END AS f_unreachable 
FROM (SELECT client_order_stats.client_id AS client_id, client_order_stats.orders_count AS n_all, client_order_stats.last_order_at AS last_at, client_order_stats.revenue_minor AS rev_w, client_order_stats.orders_count AS n_w, CASE WHEN (client_order_stats.orders_count < :orders_count_2::INTEGER) THEN :param_121::INTEGER WHEN (client_order_stats.median_gap2 IS NOT NULL AND CAST(:param_122 AS DOUBLE PRECISION) * client_order_stats.median_gap2 <= ((:param_123::BIGINT - client_order_stats.last_order_at) / :param_124::BIGINT) * :param_125::BIGINT) THEN :param_126::INTEGER ELSE :param_127::INTEGER END AS overdue, rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_128::INTEGER AS below, count(*) OVER (ORDER BY client_order_stats.revenue_minor) - (rank() OVER (ORDER BY client_order_stats.revenue_minor) - :param_129::INTEGER) AS peers, CAST(sum(CASE WHEN (client_order_stats.revenue_minor > :revenue_minor_1::BIGINT) THEN client_order_stats.revenue_minor ELSE :param_130::INTEGER END) OVER (ORDER BY client_order_stats.revenue_minor) AS BIGINT) AS positive_upto 
FROM client_order_stats) AS scored LEFT OUTER JOIN boundary ON boundary.client_id = scored.client_id LEFT OUTER JOIN pr_n ON pr_n.n_w = scored.n_w LEFT OUTER JOIN crit ON crit.client_id = scored.client_id 
WHERE coalesce(scored.last_at IS NOT NULL AND (:param_72::BIGINT - scored.last_at) / :param_73::BIGINT >= :param_74::BIGINT AND (:param_72::BIGINT - scored.last_at) / :param_73::BIGINT <= :param_75::BIGINT, false) OR coalesce(scored.last_at IS NOT NULL AND scored.overdue = :overdue_1::INTEGER, false) OR coalesce((crit.bits & :bits_1::INTEGER) != :param_76::INTEGER, false) OR coalesce((crit.bits & :bits_2::INTEGER) != :param_77::INTEGER, false) OR coalesce(false, false) OR coalesce((crit.bits & :bits_3::INTEGER) != :param_78::INTEGER, false) UNION ALL SELECT crit.client_id AS client_id, coalesce(CAST(NULL AS BIGINT), :coalesce_10::INTEGER) AS n_w, coalesce(CAST(NULL AS BIGINT), :coalesce_11::INTEGER) AS rev_w, CAST(NULL AS BIGINT) AS last_at, coalesce(CAST(:param_151 AS DOUBLE PRECISION) * CASE WHEN (CAST(NULL AS BIGINT) > :param_152::BIGINT) THEN CASE WHEN ((SELECT stats.n_active 
FROM stats) > :param_153::INTEGER) THEN CAST(CAST(NULL AS BIGINT) AS DOUBLE PRECISION) / CAST(CAST((SELECT stats.n_active 
FROM stats) - :param_154::INTEGER AS DOUBLE PRECISION) AS DOUBLE PRECISION) ELSE CAST(:param_155 AS DOUBLE PRECISION) END ELSE CAST(:param_156 AS DOUBLE PRECISION) END + CAST(:param_157 AS DOUBLE PRECISION) * CAST(:param_158 AS DOUBLE PRECISION), :coalesce_12) AS score, CAST(NULL AS BIGINT) AS positive_upto, CAST(NULL AS BIGINT) AS peers, CASE WHEN (NOT (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_159::BIGINT - CAST(NULL AS BIGINT)) / :param_160::BIGINT >= :param_161::BIGINT AND (:param_159::BIGINT - CAST(NULL AS BIGINT)) / :param_160::BIGINT <= :param_162::BIGINT, false) AND coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_163::BIGINT, false) AND coalesce((crit.bits & :bits_4::INTEGER) != :param_164::INTEGER, false) AND coalesce((crit.bits & :bits_5::INTEGER) != :param_165::INTEGER, false) AND coalesce((crit.bits & :bits_6::INTEGER) != :param_166::INTEGER, false) AND coalesce((crit.bits & :bits_7::INTEGER) != :param_167::INTEGER, false))) THEN :param_168::VARCHAR WHEN ((crit.client_id NOT IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_3])))) THEN :param_169::VARCHAR WHEN (crit.client_id IN (SELECT client_tags.client_id 
FROM client_tags 
WHERE client_tags.tag IN (__[POSTCOMPILE_tag_4]))) THEN :param_170::VARCHAR WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_10::INTEGER) < :coalesce_13::BIGINT) THEN :param_171::VARCHAR WHEN (coalesce(CAST(NULL AS BIGINT), :coalesce_11::INTEGER) < :coalesce_14::BIGINT) THEN :param_172::VARCHAR WHEN ((CASE WHEN (CAST(NULL AS BIGINT) IS NULL) THEN :param_173::VARCHAR WHEN (CAST(NULL AS BIGINT) <= :param_174::BIGINT) THEN :param_175::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_176::BIGINT AND CAST(NULL AS BIGINT) > :param_177::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_178::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_179::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_180::BIGINT) * CAST(NULL AS BIGINT)) * :param_181::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_182::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_183::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_184::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_180::BIGINT) * CAST(NULL AS BIGINT)) * :param_185::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_186::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_187::INTEGER END * CAST(NULL AS BIGINT)) * :param_188::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_189::BIGINT) THEN :param_190::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + CASE WHEN (CAST(NULL AS BIGINT) > :param_176::BIGINT AND CAST(NULL AS BIGINT) > :param_177::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_178::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_179::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_180::BIGINT) * CAST(NULL AS BIGINT)) * :param_181::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_182::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) * :param_183::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_184::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - CAST(NULL AS BIGINT)) + (CAST(NULL AS BIGINT) - :param_180::BIGINT) * CAST(NULL AS BIGINT)) * :param_185::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_186::BIGINT)) THEN (SELECT boundary.place 
FROM boundary 
WHERE boundary.client_id = crit.client_id) ELSE :param_187::INTEGER END * CAST(NULL AS BIGINT)) * :param_191::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_192::BIGINT) THEN :param_193::VARCHAR ELSE :param_194::VARCHAR END NOT IN (__[POSTCOMPILE_param_195]))) THEN :param_196::VARCHAR WHEN (crit.client_id IN (SELECT assignments.client_id 
FROM assignments 
WHERE assignments.campaign = :campaign_2::VARCHAR AND assignments.created_at >= :created_at_2::BIGINT AND coalesce(assignments.outcome, :coalesce_15::VARCHAR) != :coalesce_16::VARCHAR)) THEN :param_197::VARCHAR WHEN (crit.client_id IN (SELECT suppressed.client_id 
FROM (SELECT suppressed_sms.client_id AS client_id, :param_105::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_7::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_8::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_sms UNION ALL SELECT suppressed_email.client_id AS client_id, :param_106::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_9::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE lower(clients.email) IN (SELECT suppressions.address || :address_2::VARCHAR AS anon_2 
FROM suppressions 
WHERE suppressions.channel = :channel_10::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_email UNION ALL SELECT suppressed_telegram.client_id AS client_id, :param_107::INTEGER AS channel 
FROM (SELECT suppressions.client_id AS client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_11::VARCHAR AND suppressions.client_id IS NOT NULL UNION SELECT clients.id AS client_id 
FROM clients 
WHERE clients.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_12::VARCHAR AND suppressions.address IS NOT NULL)) AS suppressed_telegram) AS suppressed GROUP BY suppressed.client_id 
HAVING count(*) = :count_1::INTEGER)) THEN :param_198::VARCHAR END AS excluded_by, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_159::BIGINT - CAST(NULL AS BIGINT)) / :param_160::BIGINT >= :param_161::BIGINT AND (:param_159::BIGINT - CAST(NULL AS BIGINT)) / :param_160::BIGINT <= :param_162::BIGINT, false) THEN :param_199::INTEGER ELSE :param_200::INTEGER END AS f_recency, CASE WHEN coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_163::BIGINT, false) THEN :param_201::INTEGER ELSE :param_202::INTEGER END AS f_overdue, CASE WHEN coalesce((crit.bits & :bits_4::INTEGER) != :param_164::INTEGER, false) THEN :param_203::INTEGER ELSE :param_204::INTEGER END AS f_nps, CASE WHEN coalesce((crit.bits & :bits_5::INTEGER) != :param_165::INTEGER, false) THEN :param_205::INTEGER ELSE :param_206::INTEGER END AS f_conflict, CASE WHEN coalesce((crit.bits & :bits_6::INTEGER) != :param_166::INTEGER, false) THEN :param_207::INTEGER ELSE :param_208::INTEGER END AS f_inquiries, CASE WHEN coalesce((crit.bits & :bits_7::INTEGER) != :param_167::INTEGER, false) THEN :param_209::INTEGER ELSE :param_210::INTEGER END AS f_unreachable 
FROM crit 
WHERE (coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND (:param_159::BIGINT - CAST(NULL AS BIGINT)) / :param_160::BIGINT >= :param_161::BIGINT AND (:param_159::BIGINT - CAST(NULL AS BIGINT)) / :param_160::BIGINT <= :param_162::BIGINT, false) OR coalesce(CAST(NULL AS BIGINT) IS NOT NULL AND CAST(NULL AS BIGINT) = :param_163::BIGINT, false) OR coalesce((crit.bits & :bits_4::INTEGER) != :param_164::INTEGER, false) OR coalesce((crit.bits & :bits_5::INTEGER) != :param_165::INTEGER, false) OR coalesce((crit.bits & :bits_6::INTEGER) != :param_166::INTEGER, false) OR coalesce((crit.bits & :bits_7::INTEGER) != :param_167::INTEGER, false)) AND NOT (EXISTS (SELECT * 
FROM orders 
WHERE orders.client_id = crit.client_id AND orders.placed_at <= :placed_at_1::BIGINT))), 
xyz AS 
(SELECT monthly.client_id AS client_id, count(*) AS k, (:min_1::INTEGER - min(monthly.m)) + :param_211::INTEGER AS span, sum(monthly.total) AS s, sum(CAST(monthly.total AS DOUBLE PRECISION) * monthly.total) AS q 
FROM (SELECT orders.client_id AS client_id, CASE WHEN (orders.placed_at < :placed_at_2::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN :param_212::INTEGER ELSE :param_213::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_214::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_215::INTEGER ELSE :param_216::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_217::INTEGER ELSE :param_218::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_219::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_220::INTEGER ELSE :param_221::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_222::INTEGER ELSE :param_223::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_224::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_225::INTEGER ELSE :param_226::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_227::INTEGER ELSE :param_228::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_229::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_230::INTEGER ELSE :param_231::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_232::INTEGER ELSE :param_233::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_234::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_235::INTEGER ELSE :param_236::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_237::INTEGER ELSE :param_238::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_239::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_240::INTEGER ELSE :param_241::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_242::INTEGER ELSE :param_243::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_244::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_245::INTEGER ELSE :param_246::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_247::INTEGER ELSE :param_248::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_249::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_250::INTEGER ELSE :param_251::INTEGER END END END END END END AS m, sum(orders.amount_minor) AS total 
FROM orders JOIN (SELECT xyz_months.client_id AS client_id 
FROM (SELECT xyz_maybe.client_id AS client_id, xyz_maybe.n_w AS n_w, xyz_maybe.last_m AS last_m, client_order_stats.first_order_at AS first_w, CASE WHEN (client_order_stats.first_order_at < :first_order_at_1::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_2::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_3::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_4::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_5::BIGINT) THEN :param_252::INTEGER ELSE :param_253::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_6::BIGINT) THEN :param_254::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_7::BIGINT) THEN :param_255::INTEGER ELSE :param_256::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_8::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_9::BIGINT) THEN :param_257::INTEGER ELSE :param_258::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_10::BIGINT) THEN :param_259::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_11::BIGINT) THEN :param_260::INTEGER ELSE :param_261::INTEGER END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_12::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_13::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_14::BIGINT) THEN :param_262::INTEGER ELSE :param_263::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_15::BIGINT) THEN :param_264::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_16::BIGINT) THEN :param_265::INTEGER ELSE :param_266::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_17::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_18::BIGINT) THEN :param_267::INTEGER ELSE :param_268::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_19::BIGINT) THEN :param_269::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_20::BIGINT) THEN :param_270::INTEGER ELSE :param_271::INTEGER END END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_21::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_22::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_23::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_24::BIGINT) THEN :param_272::INTEGER ELSE :param_273::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_25::BIGINT) THEN :param_274::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_26::BIGINT) THEN :param_275::INTEGER ELSE :param_276::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_27::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_28::BIGINT) THEN :param_277::INTEGER ELSE :param_278::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_29::BIGINT) THEN :param_279::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_30::BIGINT) THEN :param_280::INTEGER ELSE :param_281::INTEGER END END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_31::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_32::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_33::BIGINT) THEN :param_282::INTEGER ELSE :param_283::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_34::BIGINT) THEN :param_284::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_35::BIGINT) THEN :param_285::INTEGER ELSE :param_286::INTEGER END END END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_36::BIGINT) THEN CASE WHEN (client_order_stats.first_order_at < :first_order_at_37::BIGINT) THEN :param_287::INTEGER ELSE :param_288::INTEGER END ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_38::BIGINT) THEN :param_289::INTEGER ELSE CASE WHEN (client_order_stats.first_order_at < :first_order_at_39::BIGINT) THEN :param_290::INTEGER ELSE :param_291::INTEGER END END END END END END AS first_m 
FROM (SELECT xyz_last.client_id AS client_id, xyz_last.n_w AS n_w, xyz_last.last_m AS last_m 
FROM (SELECT pending.client_id AS client_id, pending.n_w AS n_w, CASE WHEN (pending.last_at < :last_at_1::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_2::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_3::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_4::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_5::BIGINT) THEN :param_292::INTEGER ELSE :param_293::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_6::BIGINT) THEN :param_294::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_7::BIGINT) THEN :param_295::INTEGER ELSE :param_296::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_8::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_9::BIGINT) THEN :param_297::INTEGER ELSE :param_298::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_10::BIGINT) THEN :param_299::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_11::BIGINT) THEN :param_300::INTEGER ELSE :param_301::INTEGER END END END END ELSE CASE WHEN (pending.last_at < :last_at_12::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_13::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_14::BIGINT) THEN :param_302::INTEGER ELSE :param_303::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_15::BIGINT) THEN :param_304::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_16::BIGINT) THEN :param_305::INTEGER ELSE :param_306::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_17::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_18::BIGINT) THEN :param_307::INTEGER ELSE :param_308::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_19::BIGINT) THEN :param_309::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_20::BIGINT) THEN :param_310::INTEGER ELSE :param_311::INTEGER END END END END END ELSE CASE WHEN (pending.last_at < :last_at_21::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_22::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_23::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_24::BIGINT) THEN :param_312::INTEGER ELSE :param_313::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_25::BIGINT) THEN :param_314::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_26::BIGINT) THEN :param_315::INTEGER ELSE :param_316::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_27::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_28::BIGINT) THEN :param_317::INTEGER ELSE :param_318::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_29::BIGINT) THEN :param_319::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_30::BIGINT) THEN :param_320::INTEGER ELSE :param_321::INTEGER END END END END ELSE CASE WHEN (pending.last_at < :last_at_31::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_32::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_33::BIGINT) THEN :param_322::INTEGER ELSE :param_323::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_34::BIGINT) THEN :param_324::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_35::BIGINT) THEN :param_325::INTEGER ELSE :param_326::INTEGER END END END ELSE CASE WHEN (pending.last_at < :last_at_36::BIGINT) THEN CASE WHEN (pending.last_at < :last_at_37::BIGINT) THEN :param_327::INTEGER ELSE :param_328::INTEGER END ELSE CASE WHEN (pending.last_at < :last_at_38::BIGINT) THEN :param_329::INTEGER ELSE CASE WHEN (pending.last_at < :last_at_39::BIGINT) THEN :param_330::INTEGER ELSE :param_331::INTEGER END END END END END END AS last_m 
FROM (SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable 
FROM lost 
WHERE lost.excluded_by IS NULL) AS pending) AS xyz_last 
WHERE xyz_last.n_w >= :n_w_5::INTEGER AND :param_332::INTEGER - :last_m_1::INTEGER * xyz_last.last_m <= xyz_last.n_w) AS xyz_maybe JOIN client_order_stats ON client_order_stats.client_id = xyz_maybe.client_id) AS xyz_months 
WHERE NOT (xyz_months.first_w IS NULL OR xyz_months.first_w >= :first_w_1::BIGINT OR (xyz_months.last_m - xyz_months.first_m) + :param_333::INTEGER < :param_334::INTEGER OR :param_335::INTEGER * (:param_336::INTEGER - xyz_months.first_m) > :n_w_6::INTEGER * xyz_months.n_w OR :param_337::INTEGER * (:param_336::INTEGER - xyz_months.first_m) > :param_338::INTEGER * ((xyz_months.last_m - xyz_months.first_m) + :param_333::INTEGER))) AS xyz_pending ON xyz_pending.client_id = orders.client_id 
WHERE orders.placed_at >= :placed_at_41::BIGINT AND orders.placed_at < :placed_at_42::BIGINT GROUP BY orders.client_id, CASE WHEN (orders.placed_at < :placed_at_2::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_3::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_4::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_5::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_6::BIGINT) THEN :param_212::INTEGER ELSE :param_213::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_7::BIGINT) THEN :param_214::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_8::BIGINT) THEN :param_215::INTEGER ELSE :param_216::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_9::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_10::BIGINT) THEN :param_217::INTEGER ELSE :param_218::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_11::BIGINT) THEN :param_219::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_12::BIGINT) THEN :param_220::INTEGER ELSE :param_221::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_13::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_14::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_15::BIGINT) THEN :param_222::INTEGER ELSE :param_223::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_16::BIGINT) THEN :param_224::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_17::BIGINT) THEN :param_225::INTEGER ELSE :param_226::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_18::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_19::BIGINT) THEN :param_227::INTEGER ELSE :param_228::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_20::BIGINT) THEN :param_229::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_21::BIGINT) THEN :param_230::INTEGER ELSE :param_231::INTEGER END END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_22::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_23::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_24::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_25::BIGINT) THEN :param_232::INTEGER ELSE :param_233::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_26::BIGINT) THEN :param_234::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_27::BIGINT) THEN :param_235::INTEGER ELSE :param_236::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_28::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_29::BIGINT) THEN :param_237::INTEGER ELSE :param_238::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_30::BIGINT) THEN :param_239::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_31::BIGINT) THEN :param_240::INTEGER ELSE :param_241::INTEGER END END END END ELSE CASE WHEN (orders.placed_at < :placed_at_32::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_33::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_34::BIGINT) THEN :param_242::INTEGER ELSE :param_243::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_35::BIGINT) THEN :param_244::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_36::BIGINT) THEN :param_245::INTEGER ELSE :param_246::INTEGER END END END ELSE CASE WHEN (orders.placed_at < :placed_at_37::BIGINT) THEN CASE WHEN (orders.placed_at < :placed_at_38::BIGINT) THEN :param_247::INTEGER ELSE :param_248::INTEGER END ELSE CASE WHEN (orders.placed_at < :placed_at_39::BIGINT) THEN :param_249::INTEGER ELSE CASE WHEN (orders.placed_at < :placed_at_40::BIGINT) THEN :param_250::INTEGER ELSE :param_251::INTEGER END END END END END END) AS monthly GROUP BY monthly.client_id), 
staged AS 
(SELECT lost.client_id AS client_id, lost.n_w AS n_w, lost.rev_w AS rev_w, lost.last_at AS last_at, lost.score AS score, lost.positive_upto AS positive_upto, lost.peers AS peers, lost.excluded_by AS excluded_by, lost.f_recency AS f_recency, lost.f_overdue AS f_overdue, lost.f_nps AS f_nps, lost.f_conflict AS f_conflict, lost.f_inquiries AS f_inquiries, lost.f_unreachable AS f_unreachable, CASE WHEN (xyz.k IS NULL) THEN :param_55::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_56::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_57::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_58 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_59::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_60 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_61::VARCHAR ELSE :param_62::VARCHAR END AS xyz, CASE WHEN (lost.excluded_by IS NOT NULL) THEN lost.excluded_by WHEN ((CASE WHEN (xyz.k IS NULL) THEN :param_55::VARCHAR WHEN (xyz.k < :k_1::INTEGER) THEN :param_56::VARCHAR WHEN (xyz.s <= :s_1::BIGINT) THEN :param_57::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_58 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_59::VARCHAR WHEN (CAST(xyz.span AS DOUBLE PRECISION) * xyz.q - CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION) < :param_60 * CAST(xyz.s AS DOUBLE PRECISION) * CAST(xyz.s AS DOUBLE PRECISION)) THEN :param_61::VARCHAR ELSE :param_62::VARCHAR END NOT IN (__[POSTCOMPILE_param_63]))) THEN :param_64::VARCHAR END AS charged 
FROM lost LEFT OUTER JOIN xyz ON xyz.client_id = lost.client_id), 
totals AS 
(SELECT count(*) AS t_lost, sum(staged.f_recency) AS t_recency, sum(staged.f_overdue) AS t_overdue, sum(staged.f_nps) AS t_nps, sum(staged.f_conflict) AS t_conflict, sum(staged.f_inquiries) AS t_inquiries, sum(staged.f_unreachable) AS t_unreachable, sum(CASE WHEN (staged.charged = :charged_1::VARCHAR) THEN :param_37::INTEGER ELSE :param_38::INTEGER END) AS x_not_all_criteria, sum(CASE WHEN (staged.charged = :charged_2::VARCHAR) THEN :param_39::INTEGER ELSE :param_40::INTEGER END) AS x_tags, sum(CASE WHEN (staged.charged = :charged_3::VARCHAR) THEN :param_41::INTEGER ELSE :param_42::INTEGER END) AS x_min_orders, sum(CASE WHEN (staged.charged = :charged_4::VARCHAR) THEN :param_43::INTEGER ELSE :param_44::INTEGER END) AS x_min_revenue, sum(CASE WHEN (staged.charged = :charged_5::VARCHAR) THEN :param_45::INTEGER ELSE :param_46::INTEGER END) AS x_abc, sum(CASE WHEN (staged.charged = :charged_6::VARCHAR) THEN :param_47::INTEGER ELSE :param_48::INTEGER END) AS x_cooldown, sum(CASE WHEN (staged.charged = :charged_7::VARCHAR) THEN :param_49::INTEGER ELSE :param_50::INTEGER END) AS x_opted_out, sum(CASE WHEN (staged.charged = :charged_8::VARCHAR) THEN :param_51::INTEGER ELSE :param_52::INTEGER END) AS x_xyz, sum(CASE WHEN (staged.charged IS NULL) THEN :param_53::INTEGER ELSE :param_54::INTEGER END) AS t_remaining 
FROM staged), 
cut AS 
(SELECT staged.score AS score, staged.rev_w AS rev_w 
FROM staged 
WHERE staged.charged IS NULL AND (SELECT totals.t_remaining 
FROM totals) >= :param_339::INTEGER ORDER BY staged.score DESC, staged.rev_w DESC 
 LIMIT :param_340::INTEGER OFFSET :param_341::INTEGER), 
top AS 
(SELECT staged.client_id AS client_id, staged.n_w AS n_w, staged.rev_w AS rev_w, staged.last_at AS last_at, staged.score AS score, staged.positive_upto AS positive_upto, staged.peers AS peers, staged.excluded_by AS excluded_by, staged.f_recency AS f_recency, staged.f_overdue AS f_overdue, staged.f_nps AS f_nps, staged.f_conflict AS f_conflict, staged.f_inquiries AS f_inquiries, staged.f_unreachable AS f_unreachable, staged.xyz AS xyz, staged.charged AS charged, clients.external_id AS external_id, clients.name AS name, clients.email AS email, clients.phone AS phone, clients.telegram_chat_id AS telegram_chat_id, clients.timezone AS timezone, clients.locale AS locale, clients.manager AS manager, clients.email_consent AS email_consent, clients.sms_consent AS sms_consent, clients.telegram_consent AS telegram_consent 
FROM staged JOIN clients ON clients.id = staged.client_id 
WHERE staged.charged IS NULL AND (NOT (EXISTS (SELECT * 
FROM cut)) OR staged.score > (SELECT cut.score 
FROM cut) OR staged.score = (SELECT cut.score 
FROM cut) AND staged.rev_w >= (SELECT cut.rev_w 
FROM cut)))
 SELECT totals.t_lost, totals.t_recency, totals.t_overdue, totals.t_nps, totals.t_conflict, totals.t_inquiries, totals.t_unreachable, totals.x_not_all_criteria, totals.x_tags, totals.x_min_orders, totals.x_min_revenue, totals.x_abc, totals.x_cooldown, totals.x_opted_out, totals.x_xyz, totals.t_remaining, top.client_id, top.n_w, top.rev_w, top.last_at, top.score, top.external_id, top.name, top.email, top.phone, top.telegram_chat_id, top.timezone, top.locale, top.manager, top.email_consent, top.sms_consent, top.telegram_consent, top.f_recency, top.f_overdue, top.f_nps, top.f_conflict, top.f_inquiries, top.f_unreachable, top.xyz, CASE WHEN (top.rev_w IS NULL) THEN :param_1::VARCHAR WHEN (top.rev_w <= :rev_w_1::BIGINT) THEN :param_2::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_13::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_14::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_15::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_16::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_17::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_18::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_19::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_20::BIGINT)) THEN boundary.place ELSE :param_21::INTEGER END * top.rev_w) * :param_22::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_23::BIGINT) THEN :param_24::VARCHAR WHEN ((((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + CASE WHEN (top.rev_w > :rev_w_3::BIGINT AND top.peers > :peers_1::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_13::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_14::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_15::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_16::BIGINT OR ((SELECT stats.rev_total 
FROM stats) - top.positive_upto) * :param_17::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_18::BIGINT AND (((SELECT stats.rev_total 
FROM stats) - top.positive_upto) + (top.peers - :peers_2::BIGINT) * top.rev_w) * :param_19::BIGINT >= (SELECT stats.rev_total 
FROM stats) * :param_20::BIGINT)) THEN boundary.place ELSE :param_21::INTEGER END * top.rev_w) * :param_25::BIGINT < (SELECT stats.rev_total 
FROM stats) * :param_26::BIGINT) THEN :param_27::VARCHAR ELSE :param_28::VARCHAR END AS abc, CASE WHEN (top.last_at IS NULL) THEN NULL ELSE (:param_29::BIGINT - top.last_at) / :param_30::BIGINT END AS days_since, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_1::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.phone IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_2::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_31::INTEGER ELSE :param_32::INTEGER END AS s_sms, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_3::VARCHAR AND suppressions.client_id IS NOT NULL) OR lower(top.email) IN (SELECT suppressions.address || :address_1::VARCHAR AS anon_1 
FROM suppressions 
WHERE suppressions.channel = :channel_4::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_33::INTEGER ELSE :param_34::INTEGER END AS s_email, CASE WHEN (top.client_id IN (SELECT suppressions.client_id 
FROM suppressions 
WHERE suppressions.channel = :channel_5::VARCHAR AND suppressions.client_id IS NOT NULL) OR top.telegram_chat_id IN (SELECT suppressions.address 
FROM suppressions 
WHERE suppressions.channel = :channel_6::VARCHAR AND suppressions.address IS NOT NULL)) THEN :param_35::INTEGER ELSE :param_36::INTEGER END AS s_telegram 
FROM totals LEFT OUTER JOIN top ON true LEFT OUTER JOIN boundary ON boundary.client_id = top.client_id ORDER BY top.score DESC, top.rev_w DESC, top.external_id COLLATE "C" 
 LIMIT :param_342::INTEGER;
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
-- n_w_1 = 0
-- n_w_2 = 0
-- n_w_3 = 0
-- n_w_4 = 0
-- n_w_5 = 3
-- n_w_6 = 17
-- occurred_at_1 = 1751317200
-- occurred_at_2 = 1743541200
-- occurred_at_3 = 1751317200
-- occurred_at_4 = 1751317200
-- orders_count_1 = 4
-- orders_count_2 = 4
-- overdue_1 = 1
-- param_1 = 'C'
-- param_10 = 172800
-- param_100 = 'B'
-- param_101 = 'C'
-- param_102 = ['A', 'B']
-- param_103 = 'abc'
-- param_104 = 'cooldown'
-- param_105 = 0
-- param_106 = 1
-- param_107 = 2
-- param_108 = 'opted_out'
-- param_109 = 1
-- param_11 = 1
-- param_110 = 0
-- param_111 = 1
-- param_112 = 0
-- param_113 = 1
-- param_114 = 0
-- param_115 = 1
-- param_116 = 0
-- param_117 = 1
-- param_118 = 0
-- param_119 = 1
-- param_12 = 0
-- param_120 = 0
-- param_121 = 0
-- param_122 = 2.5
-- param_123 = 1751317200
-- param_124 = 86400
-- param_125 = 172800
-- param_126 = 1
-- param_127 = 0
-- param_128 = 1
-- param_129 = 1
-- param_13 = 5
-- param_130 = 0
-- param_131 = 1
-- param_132 = 5
-- param_133 = 4
-- param_134 = 5
-- param_135 = 4
-- param_136 = 20
-- param_137 = 19
-- param_138 = 20
-- param_139 = 19
-- param_14 = 4
-- param_140 = 1
-- param_141 = 1
-- param_142 = 0.0
-- param_143 = 1
-- param_144 = 0
-- param_145 = 2
-- param_146 = 4
-- param_147 = 0
-- param_148 = 8
-- param_149 = 1
-- param_15 = 5
-- param_150 = 0
-- param_151 = 0.25
-- param_152 = 0
-- param_153 = 1
-- param_154 = 1
-- param_155 = 0.0
-- param_156 = 0.0
-- param_157 = 0.75
-- param_158 = 0.0
-- param_159 = 1751317200
-- param_16 = 4
-- param_160 = 86400
-- param_161 = 60
-- param_162 = 900
-- param_163 = 1
-- param_164 = 0
-- param_165 = 0
-- param_166 = 0
-- param_167 = 0
-- param_168 = 'not_all_criteria'
-- param_169 = 'tags'
-- param_17 = 20
-- param_170 = 'tags'
-- param_171 = 'min_orders'
-- param_172 = 'min_revenue'
-- param_173 = 'C'
-- param_174 = 0
-- param_175 = 'C'
-- param_176 = 0
-- param_177 = 1
-- param_178 = 5
-- param_179 = 4
-- param_18 = 19
-- param_180 = 1
-- param_181 = 5
-- param_182 = 4
-- param_183 = 20
-- param_184 = 19
-- param_185 = 20
-- param_186 = 19
-- param_187 = 0
-- param_188 = 5
-- param_189 = 4
-- param_19 = 20
-- param_190 = 'A'
-- param_191 = 20
-- param_192 = 19
-- param_193 = 'B'
-- param_194 = 'C'
-- param_195 = ['A', 'B']
-- param_196 = 'abc'
-- param_197 = 'cooldown'
-- param_198 = 'opted_out'
-- param_199 = 1
-- param_2 = 'C'
-- param_20 = 19
-- param_200 = 0
-- param_201 = 1
-- param_202 = 0
-- param_203 = 1
-- param_204 = 0
-- param_205 = 1
-- param_206 = 0
-- param_207 = 1
-- param_208 = 0
-- param_209 = 1
-- param_21 = 0
-- param_210 = 0
-- param_211 = 1
-- param_212 = 0
-- param_213 = 1
-- param_214 = 2
-- param_215 = 3
-- param_216 = 4
-- param_217 = 5
-- param_218 = 6
-- param_219 = 7
-- param_22 = 5
-- param_220 = 8
-- param_221 = 9
-- param_222 = 10
-- param_223 = 11
-- param_224 = 12
-- param_225 = 13
-- param_226 = 14
-- param_227 = 15
-- param_228 = 16
-- param_229 = 17
-- param_23 = 4
-- param_230 = 18
-- param_231 = 19
-- param_232 = 20
-- param_233 = 21
-- param_234 = 22
-- param_235 = 23
-- param_236 = 24
-- param_237 = 25
-- param_238 = 26
-- param_239 = 27
-- param_24 = 'A'
-- param_240 = 28
-- param_241 = 29
-- param_242 = 30
-- param_243 = 31
-- param_244 = 32
-- param_245 = 33
-- param_246 = 34
-- param_247 = 35
-- param_248 = 36
-- param_249 = 37
-- param_25 = 20
-- param_250 = 38
-- param_251 = 39
-- param_252 = 0
-- param_253 = 1
-- param_254 = 2
-- param_255 = 3
-- param_256 = 4
-- param_257 = 5
-- param_258 = 6
-- param_259 = 7
-- param_26 = 19
-- param_260 = 8
-- param_261 = 9
-- param_262 = 10
-- param_263 = 11
-- param_264 = 12
-- param_265 = 13
-- param_266 = 14
-- param_267 = 15
-- param_268 = 16
-- param_269 = 17
-- param_27 = 'B'
-- param_270 = 18
-- param_271 = 19
-- param_272 = 20
-- param_273 = 21
-- param_274 = 22
-- param_275 = 23
-- param_276 = 24
-- param_277 = 25
-- param_278 = 26
-- param_279 = 27
-- param_28 = 'C'
-- param_280 = 28
-- param_281 = 29
-- param_282 = 30
-- param_283 = 31
-- param_284 = 32
-- param_285 = 33
-- param_286 = 34
-- param_287 = 35
-- param_288 = 36
-- param_289 = 37
-- param_29 = 1751317200
-- param_290 = 38
-- param_291 = 39
-- param_292 = 0
-- param_293 = 1
-- param_294 = 2
-- param_295 = 3
-- param_296 = 4
-- param_297 = 5
-- param_298 = 6
-- param_299 = 7
-- param_3 = 1
-- param_30 = 86400
-- param_300 = 8
-- param_301 = 9
-- param_302 = 10
-- param_303 = 11
-- param_304 = 12
-- param_305 = 13
-- param_306 = 14
-- param_307 = 15
-- param_308 = 16
-- param_309 = 17
-- param_31 = 1
-- param_310 = 18
-- param_311 = 19
-- param_312 = 20
-- param_313 = 21
-- param_314 = 22
-- param_315 = 23
-- param_316 = 24
-- param_317 = 25
-- param_318 = 26
-- param_319 = 27
-- param_32 = 0
-- param_320 = 28
-- param_321 = 29
-- param_322 = 30
-- param_323 = 31
-- param_324 = 32
-- param_325 = 33
-- param_326 = 34
-- param_327 = 35
-- param_328 = 36
-- param_329 = 37
-- param_33 = 1
-- param_330 = 38
-- param_331 = 39
-- param_332 = 624
-- param_333 = 1
-- param_334 = 3
-- param_335 = 16
-- param_336 = 40
-- param_337 = 16
-- param_338 = 17
-- param_339 = 250
-- param_34 = 0
-- param_340 = 1
-- param_341 = 249
-- param_342 = 250
-- param_35 = 1
-- param_36 = 0
-- param_37 = 1
-- param_38 = 0
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
-- param_55 = 'Z'
-- param_56 = 'Z'
-- param_57 = 'Z'
-- param_58 = 0.01
-- param_59 = 'X'
-- param_6 = 0
-- param_60 = 0.0625
-- param_61 = 'Y'
-- param_62 = 'Z'
-- param_63 = ['X', 'Y']
-- param_64 = 'xyz'
-- param_65 = 0.25
-- param_66 = 1
-- param_67 = 1
-- param_68 = 0.0
-- param_69 = 0.0
-- param_7 = 2.5
-- param_70 = 0.75
-- param_71 = 0.0
-- param_72 = 1751317200
-- param_73 = 86400
-- param_74 = 60
-- param_75 = 900
-- param_76 = 0
-- param_77 = 0
-- param_78 = 0
-- param_79 = 'not_all_criteria'
-- param_8 = 1751317200
-- param_80 = 'tags'
-- param_81 = 'tags'
-- param_82 = 'min_orders'
-- param_83 = 'min_revenue'
-- param_84 = 'C'
-- param_85 = 'C'
-- param_86 = 5
-- param_87 = 4
-- param_88 = 5
-- param_89 = 4
-- param_9 = 86400
-- param_90 = 20
-- param_91 = 19
-- param_92 = 20
-- param_93 = 19
-- param_94 = 0
-- param_95 = 5
-- param_96 = 4
-- param_97 = 'A'
-- param_98 = 20
-- param_99 = 19
-- peers_1 = 1
-- peers_2 = 1
-- peers_3 = 1
-- peers_4 = 1
-- peers_5 = 1
-- peers_6 = 1
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
-- rev_w_6 = 0
-- revenue_minor_1 = 0
-- rn_1 = 1
-- rn_2 = 3
-- s_1 = 0
-- score_1 = 6
-- sum_1 = 0
-- tag_1 = ['retail', 'vip']
-- tag_2 = ['key-account']
-- tag_3 = ['retail', 'vip']
-- tag_4 = ['key-account']
