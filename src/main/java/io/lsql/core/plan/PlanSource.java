package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The MySQL database a plan reads: a workbench profile name, or a JDBC URL without credentials, and
 * the user name. The password never appears here: it comes from the command line, the environment or
 * the profile's opt-in store.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"profile", "jdbcUrl", "user"})
public record PlanSource(String profile, String jdbcUrl, String user) {
}
