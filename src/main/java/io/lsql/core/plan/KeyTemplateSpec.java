package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** How a source fills one key attribute: {@code {col}} for a plain column, or a template like {@code ORDER#{ord_id}}. */
@JsonPropertyOrder({"attribute", "template"})
public record KeyTemplateSpec(String attribute, String template) {
}
