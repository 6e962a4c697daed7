-- Technique: Sparse GSI
-- DynamoDB pattern: GSI keyed on an attribute that only some items have (vip_since), so the index holds only those items
-- Keys: PK = cust_id (GSI1: PK = vip_tier, SK = vip_since)
-- Hint: A global secondary index only contains items that have its key attributes, so writing an attribute for some items and leaving it out (NULL, omitted) for the rest makes a small, cheap sparse index. Here only customers with credit_rating >= 700 get vip_tier and vip_since, so a Query on the GSI lists just the VIP customers ordered by date. The CASE ... ELSE NULL END expression is what keeps the index sparse.
SELECT cust_id, name, email, region, credit_rating,
       CASE WHEN credit_rating >= 700 THEN 'VIP' ELSE NULL END AS vip_tier,
       CASE WHEN credit_rating >= 700
            THEN DATE_FORMAT(last_updated, '%Y-%m-%dT%H:%i:%s')
            ELSE NULL END                                     AS vip_since
FROM Customers
ORDER BY cust_id;
