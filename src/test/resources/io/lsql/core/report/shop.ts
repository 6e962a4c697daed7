// DynamoDB tables for the MySQL database shop_db, written by lsql 1.0.0 from the plan with SHA-256 0000000000000000000000000000000000000000000000000000000000000000.
import * as cdk from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';

export class ShopDbStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    new dynamodb.TableV2(this, 'TableDevShop', {
      tableName: 'dev_shop',
      partitionKey: { name: 'PK', type: dynamodb.AttributeType.STRING },
      sortKey: { name: 'SK', type: dynamodb.AttributeType.STRING },
      billing: dynamodb.Billing.provisioned({ readCapacity: dynamodb.Capacity.fixed(5), writeCapacity: dynamodb.Capacity.autoscaled({ minCapacity: 10, maxCapacity: 10 }) }),
      timeToLiveAttribute: 'expires_at',
      globalSecondaryIndexes: [
        {
          indexName: 'by-rep',
          partitionKey: { name: 'rep_id', type: dynamodb.AttributeType.STRING },
          sortKey: { name: 'ord_date', type: dynamodb.AttributeType.STRING },
          projectionType: dynamodb.ProjectionType.INCLUDE,
          nonKeyAttributes: ['cust_id', 'ship_date'],
        },
      ],
    });

    new dynamodb.TableV2(this, 'TableDevProducts2', {
      tableName: 'dev.Products-2',
      partitionKey: { name: 'prod_id', type: dynamodb.AttributeType.NUMBER },
      billing: dynamodb.Billing.onDemand(),
      globalSecondaryIndexes: [
        {
          indexName: 'category',
          partitionKey: { name: 'category', type: dynamodb.AttributeType.STRING },
          projectionType: dynamodb.ProjectionType.KEYS_ONLY,
        },
      ],
    });
  }
}
