package io.lsql.core.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.lsql.core.mapping.Transform;

/**
 * What becomes of one source column: kept under {@code attribute} (its own name unless renamed), or
 * dropped, with a {@link Transform} where the type mapping's default is not wanted.
 *
 * @param type informative: the DynamoDB type the column is written as (S, N, BOOL, M…), as the plan was written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"column", "attribute", "type", "transform", "drop"})
public record AttributeRule(String column, String attribute, String type, Transform transform, Boolean drop) {

    public AttributeRule {
        transform = transform == null ? Transform.DEFAULT : transform;
        drop = Boolean.TRUE.equals(drop) ? Boolean.TRUE : null;
    }

    public boolean dropped() {
        return Boolean.TRUE.equals(drop);
    }

    /** The attribute the column is written under: its own name unless renamed. */
    public String attributeName() {
        return attribute != null ? attribute : column;
    }

    public boolean renamed() {
        return attribute != null && !attribute.equals(column);
    }

    public AttributeRule withAttribute(String newAttribute) {
        return new AttributeRule(column, newAttribute, type, transform, drop);
    }

    public AttributeRule withTransform(Transform newTransform) {
        return new AttributeRule(column, attribute, type, newTransform, drop);
    }

    public AttributeRule withDrop(boolean newDrop) {
        return new AttributeRule(column, attribute, type, transform, newDrop);
    }
}
