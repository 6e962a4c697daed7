-- Technique: Decorated keys
-- DynamoDB pattern: entity-prefixed partition key (prod#id) and composite sort key (category#name) queried with begins_with
-- Keys: PK = prod_key ('prod#0001'), SK = category_name ('Street#Car')
-- Hint: Prefixing key values with the entity type keeps ids of different kinds from colliding when several entities share one table and makes items self-describing. A composite sort key such as category#name supports begins_with('Snow#') to read one category in name order. Build the decorated values during export so the application never has to concatenate keys itself.
SELECT CONCAT('prod#', prod_id)        AS prod_key,
       CONCAT(category, '#', name)     AS category_name,
       prod_id, name, category, list_price, last_updated
FROM Products
ORDER BY prod_id;
