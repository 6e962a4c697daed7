package io.lsql.core.report;

import io.lsql.core.plan.BillingMode;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.Target;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * An AWS CDK v2 stack in TypeScript with one {@code dynamodb.TableV2} per target. TableV2 has no import source: a
 * target the plan imports is created empty here, and the CloudFormation export or {@code lsql migrate} imports it.
 */
final class CdkStack {

    private final StringBuilder ts = new StringBuilder();

    private CdkStack() {
    }

    static byte[] of(Report report) {
        CdkStack stack = new CdkStack();
        stack.write(report);
        return stack.ts.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void write(Report report) {
        ts.append("// DynamoDB tables for the MySQL database ").append(report.header().database()).append(", written by lsql ")
                .append(report.header().toolVersion()).append(" from the plan with SHA-256 ").append(report.header().planHash()).append(".\n");
        ts.append("import * as cdk from 'aws-cdk-lib';\nimport * as dynamodb from 'aws-cdk-lib/aws-dynamodb';\n")
                .append("import { Construct } from 'constructs';\n\n");
        ts.append("export class ").append(CloudFormationTemplate.logicalId(report.header().database(), new HashSet<>()).substring("Table".length()))
                .append("Stack extends cdk.Stack {\n");
        ts.append("  constructor(scope: Construct, id: string, props?: cdk.StackProps) {\n    super(scope, id, props);\n");
        Set<String> ids = new HashSet<>();
        for (Target target : report.plan().targets()) {
            table(target, CloudFormationTemplate.logicalId(target.table(), ids));
        }
        ts.append("  }\n}\n");
    }

    private void table(Target target, String id) {
        ts.append("\n    new dynamodb.TableV2(this, ").append(quote(id)).append(", {\n");
        ts.append("      tableName: ").append(quote(target.table())).append(",\n");
        ts.append("      partitionKey: ").append(key(target.partitionKey())).append(",\n");
        if (target.sortKey() != null) {
            ts.append("      sortKey: ").append(key(target.sortKey())).append(",\n");
        }
        ts.append("      billing: ").append(billing(target)).append(",\n");
        if (target.ttlAttribute() != null) {
            ts.append("      timeToLiveAttribute: ").append(quote(target.ttlAttribute())).append(",\n");
        }
        if (!target.indexes().isEmpty()) {
            ts.append("      globalSecondaryIndexes: [\n");
            for (Index index : target.indexes()) {
                index(index);
            }
            ts.append("      ],\n");
        }
        ts.append("    });\n");
    }

    private void index(Index index) {
        ts.append("        {\n          indexName: ").append(quote(index.name())).append(",\n");
        ts.append("          partitionKey: ").append(key(index.partitionKey())).append(",\n");
        if (index.sortKey() != null) {
            ts.append("          sortKey: ").append(key(index.sortKey())).append(",\n");
        }
        ts.append("          projectionType: dynamodb.ProjectionType.").append(index.projection()).append(",\n");
        if ("INCLUDE".equals(index.projection())) {
            ts.append("          nonKeyAttributes: [").append(String.join(", ", index.nonKeyAttributes().stream().map(CdkStack::quote).toList()))
                    .append("],\n");
        }
        ts.append("        },\n");
    }

    private static String billing(Target target) {
        if (target.billingMode() != BillingMode.PROVISIONED) {
            return "dynamodb.Billing.onDemand()";
        }
        long write = Math.max(1, target.writeCapacity());
        return "dynamodb.Billing.provisioned({ readCapacity: dynamodb.Capacity.fixed(" + Math.max(1, target.readCapacity())
                + "), writeCapacity: dynamodb.Capacity.autoscaled({ minCapacity: " + write + ", maxCapacity: " + write + " }) })";
    }

    private static String key(KeyAttribute key) {
        String type = switch (key.type()) {
            case S -> "STRING";
            case N -> "NUMBER";
            case B -> "BINARY";
        };
        return "{ name: " + quote(key.name()) + ", type: dynamodb.AttributeType." + type + " }";
    }

    static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
