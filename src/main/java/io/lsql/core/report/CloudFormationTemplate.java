package io.lsql.core.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
import io.lsql.core.run.PlanLayouts;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A CloudFormation template with one {@code AWS::DynamoDB::Table} per target: the properties are the target's
 * CreateTable input ({@link PlanLayouts#createTable}, the same names CloudFormation uses), plus its TTL and, when the
 * plan imports the target from an S3 stage, an {@code ImportSourceSpecification} reading the staged DynamoDB JSON.
 */
final class CloudFormationTemplate {

    private CloudFormationTemplate() {
    }

    static byte[] of(Report report) {
        Plan plan = report.plan();
        ObjectNode template = ReportJsonFiles.JSON.createObjectNode();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "DynamoDB tables for the MySQL database " + report.header().database() + " (plan SHA-256 "
                + report.header().planHash() + ")");
        ObjectNode resources = template.putObject("Resources");
        Set<String> ids = new HashSet<>();
        for (Target target : plan.targets()) {
            ObjectNode resource = resources.putObject(logicalId(target.table(), ids));
            resource.put("Type", "AWS::DynamoDB::Table");
            resource.set("Properties", properties(plan, target));
        }
        return ReportJsonFiles.bytes(template);
    }

    private static ObjectNode properties(Plan plan, Target target) {
        ObjectNode properties = PlanLayouts.createTable(target);
        if (target.ttlAttribute() != null) {
            properties.putObject("TimeToLiveSpecification").put("AttributeName", target.ttlAttribute()).put("Enabled", true);
        }
        Optional<ImportSource> source = ImportSource.of(plan, target);
        source.ifPresent(s -> {
            ObjectNode spec = properties.putObject("ImportSourceSpecification");
            spec.putObject("S3BucketSource").put("S3Bucket", s.bucket()).put("S3KeyPrefix", s.keyPrefix());
            spec.put("InputFormat", "DYNAMODB_JSON");
            spec.put("InputCompressionType", s.compression());
        });
        return properties;
    }

    /** A resource name CloudFormation accepts (letters and digits), unique in the template. */
    static String logicalId(String table, Set<String> taken) {
        StringBuilder id = new StringBuilder();
        for (String part : table.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        String base = "Table" + id;
        String unique = base;
        for (int n = 2; !taken.add(unique); n++) {
            unique = base + n;
        }
        return unique;
    }
}
