package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The AWS side of a plan: a named profile, a region, and an endpoint for DynamoDB/S3-compatible services. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"profile", "region", "endpoint"})
public record PlanTarget(String profile, String region, String endpoint) {
}
