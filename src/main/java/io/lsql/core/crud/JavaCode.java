package io.lsql.core.crud;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Java SDK v2 code for a {@link DynamoCall}: the low-level {@code DynamoDbClient} and the Enhanced Client. */
final class JavaCode {

    private static final Pattern PLACEHOLDER = Pattern.compile("[#:][A-Za-z0-9_]+");
    private static final Pattern SORT = Pattern.compile("#sk (=|<=|<|>=|>) :sk\\b|#sk BETWEEN :sk AND :sk2|begins_with\\(#sk, :sk\\)");
    private static final Pattern ASSIGNMENT = Pattern.compile("(#[A-Za-z0-9_]+) = (:[A-Za-z0-9_]+)");
    private static final String INDENT = "\n        ";

    private JavaCode() {
    }

    static String lowLevel(DynamoCall call) {
        String op = call.operation().apiName();
        StringBuilder b = new StringBuilder(op + "Response response = dynamoDb." + lower(op) + "(" + op + "Request.builder()");
        b.append(INDENT).append(".tableName(").append(string(call.table())).append(')');
        option(b, "indexName", call.index() == null ? null : string(call.index()));
        option(b, "key", call.key() == null ? null : map(call.key()));
        option(b, "item", call.item() == null ? null : map(call.item()));
        option(b, "keyConditionExpression", call.keyCondition() == null ? null : string(call.keyCondition()));
        option(b, "filterExpression", call.filter() == null ? null : string(call.filter()));
        option(b, "conditionExpression", call.condition() == null ? null : string(call.condition()));
        option(b, "updateExpression", call.update() == null ? null : string(call.update()));
        option(b, "expressionAttributeNames", call.names().isEmpty() ? null : names(call.names()));
        option(b, "expressionAttributeValues", call.values().isEmpty() ? null : map(call.values()));
        option(b, "consistentRead", call.consistentRead() == null ? null : call.consistentRead().toString());
        option(b, "scanIndexForward", call.forward() == null ? null : call.forward().toString());
        option(b, "limit", call.limit() == null ? null : call.limit().toString());
        option(b, "returnValues", call.returnValues() == null ? null : "ReturnValue." + call.returnValues());
        option(b, "exclusiveStartKey", call.startKey() == null ? null : map(call.startKey()));
        return b.append(INDENT).append(".returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)").append(INDENT).append(".build());")
                .toString();
    }

    static String enhanced(DynamoCall call) {
        String bean = beanName(call.table());
        String head = "DynamoDbTable<" + bean + "> table = enhanced.table(" + string(call.table()) + ", TableSchema.fromBean("
                + bean + ".class));\n";
        String source = call.index() == null ? "table" : "table.index(" + string(call.index()) + ")";
        return head + switch (call.operation()) {
            case GET_ITEM -> bean + " item = table.getItem(r -> r.key(" + key(call.key()) + ")"
                    + (Boolean.TRUE.equals(call.consistentRead()) ? ".consistentRead(true)" : "") + ");";
            case QUERY -> "var pages = " + source + ".query(r -> r.queryConditional(" + conditional(call) + ")" + readOptions(call) + ");";
            case SCAN -> "var pages = " + source + ".scan(r -> r" + readOptions(call) + ");";
            case PUT_ITEM -> bean(bean, call.item()) + "table.putItem(r -> r.item(item)" + condition(call) + ");";
            case UPDATE_ITEM -> bean(bean, call.key(), assigned(call)) + removeNote(call) + bean + " after = table.updateItem(r -> r.item(item)"
                    + ".ignoreNulls(true)" + condition(call) + ");";
            case DELETE_ITEM -> bean + " old = table.deleteItem(r -> r.key(" + key(call.key()) + "));";
        };
    }

    private static String conditional(DynamoCall call) {
        ItemValue pk = call.values().get(":pk").orElseThrow();
        Matcher m = SORT.matcher(call.keyCondition());
        if (!m.find()) {
            return "QueryConditional.keyEqualTo(" + keyOf(pk, null) + ")";
        }
        ItemValue sk = call.values().get(":sk").orElseThrow();
        String text = m.group();
        if (text.startsWith("begins_with")) {
            return "QueryConditional.sortBeginsWith(" + keyOf(pk, sk) + ")";
        }
        if (text.contains("BETWEEN")) {
            return "QueryConditional.sortBetween(" + keyOf(pk, sk) + ", " + keyOf(pk, call.values().get(":sk2").orElseThrow()) + ")";
        }
        String method = switch (m.group(1)) {
            case "=" -> "keyEqualTo";
            case "<" -> "sortLessThan";
            case "<=" -> "sortLessThanOrEqualTo";
            case ">" -> "sortGreaterThan";
            default -> "sortGreaterThanOrEqualTo";
        };
        return "QueryConditional." + method + "(" + keyOf(pk, sk) + ")";
    }

    private static String readOptions(DynamoCall call) {
        StringBuilder b = new StringBuilder();
        if (call.filter() != null) {
            b.append(INDENT).append("        .filterExpression(").append(expression(call.filter(), call)).append(')');
        }
        if (Boolean.FALSE.equals(call.forward())) {
            b.append(".scanIndexForward(false)");
        }
        if (Boolean.TRUE.equals(call.consistentRead())) {
            b.append(".consistentRead(true)");
        }
        if (call.limit() != null) {
            b.append(".limit(").append(call.limit()).append(')');
        }
        return b.toString();
    }

    private static String condition(DynamoCall call) {
        return call.condition() == null ? "" : INDENT + "        .conditionExpression(" + expression(call.condition(), call) + ")";
    }

    /** An Enhanced Client Expression holding only the names and values {@code text} uses. */
    private static String expression(String text, DynamoCall call) {
        StringBuilder b = new StringBuilder("Expression.builder().expression(" + string(text) + ")");
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.startsWith("#")) {
                b.append(".putExpressionName(").append(string(token)).append(", ").append(string(call.names().get(token))).append(')');
            } else {
                b.append(".putExpressionValue(").append(string(token)).append(", ")
                        .append(value(call.values().get(token).orElseThrow())).append(')');
            }
        }
        return b.append(".build()").toString();
    }

    /** The attributes an update's SET clause assigns, by attribute name. */
    private static Item assigned(DynamoCall call) {
        Item set = Item.EMPTY;
        Matcher m = ASSIGNMENT.matcher(call.update());
        while (m.find()) {
            set = set.with(call.names().get(m.group(1)), call.values().get(m.group(2)).orElseThrow());
        }
        return set;
    }

    private static String removeNote(DynamoCall call) {
        int remove = call.update().indexOf("REMOVE ");
        if (remove < 0) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (String token : call.update().substring(remove + 7).split(", ")) {
            names.add(call.names().getOrDefault(token, token));
        }
        return "// REMOVE " + String.join(", ", names) + ": ignoreNulls(false) removes the attributes left null, but replaces the"
                + " whole item; the low-level UpdateItem removes only these.\n";
    }

    @SafeVarargs
    private static String bean(String bean, Item... parts) {
        StringBuilder b = new StringBuilder(bean + " item = new " + bean + "();\n");
        for (Item part : parts) {
            part.attributes().forEach((name, value) ->
                    b.append("item.set").append(property(name)).append('(').append(beanValue(value)).append(");\n"));
        }
        return b.toString();
    }

    private static String key(Item key) {
        List<ItemValue> values = new ArrayList<>(key.attributes().values());
        return keyOf(values.get(0), values.size() > 1 ? values.get(1) : null);
    }

    private static String keyOf(ItemValue partition, ItemValue sort) {
        return "Key.builder().partitionValue(" + beanValue(partition) + ")" + (sort == null ? "" : ".sortValue(" + beanValue(sort) + ")")
                + ".build()";
    }

    private static String beanValue(ItemValue value) {
        return switch (value.type()) {
            case S -> string(value.text());
            case N -> "new BigDecimal(" + string(value.text()) + ")";
            case BOOL -> value.text();
            case B -> bytes(value.text());
            case NULL -> "null";
            default -> value(value);
        };
    }

    static String value(ItemValue value) {
        return switch (value.type()) {
            case S -> "AttributeValue.fromS(" + string(value.text()) + ")";
            case N -> "AttributeValue.fromN(" + string(value.text()) + ")";
            case B -> "AttributeValue.fromB(" + bytes(value.text()) + ")";
            case BOOL -> "AttributeValue.fromBool(" + value.text() + ")";
            case NULL -> "AttributeValue.fromNul(true)";
            case SS -> "AttributeValue.fromSs(" + list(value.members().stream().map(JavaCode::string).toList()) + ")";
            case NS -> "AttributeValue.fromNs(" + list(value.members().stream().map(JavaCode::string).toList()) + ")";
            case BS -> "AttributeValue.fromBs(" + list(value.members().stream().map(JavaCode::bytes).toList()) + ")";
            case M -> "AttributeValue.fromM(" + map(new Item(value.map())) + ")";
            case L -> "AttributeValue.fromL(" + list(value.list().stream().map(JavaCode::value).toList()) + ")";
        };
    }

    private static String map(Item item) {
        List<String> entries = new ArrayList<>();
        item.attributes().forEach((name, value) -> entries.add(string(name) + ", " + value(value)));
        return pairs(entries);
    }

    private static String names(Map<String, String> names) {
        List<String> entries = new ArrayList<>();
        names.forEach((placeholder, attribute) -> entries.add(string(placeholder) + ", " + string(attribute)));
        return pairs(entries);
    }

    /** {@code Map.of} up to its ten pairs, {@code Map.ofEntries} beyond. */
    private static String pairs(List<String> entries) {
        if (entries.size() <= 10) {
            return "Map.of(" + String.join(", ", entries) + ")";
        }
        return "Map.ofEntries(" + String.join(", ", entries.stream().map(e -> "Map.entry(" + e + ")").toList()) + ")";
    }

    private static String list(List<String> items) {
        return "List.of(" + String.join(", ", items) + ")";
    }

    private static String bytes(String base64) {
        return "SdkBytes.fromByteArray(Base64.getDecoder().decode(" + string(base64) + "))";
    }

    private static void option(StringBuilder b, String method, String argument) {
        if (argument != null) {
            b.append(INDENT).append('.').append(method).append('(').append(argument).append(')');
        }
    }

    /** A Java string literal. */
    static String string(String text) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    /** {@code crud_Customers} -> {@code CrudCustomers}: the bean a generated DAO would use. */
    static String beanName(String table) {
        return property(table);
    }

    private static String property(String name) {
        StringBuilder b = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        String result = b.length() == 0 ? "Item" : b.toString();
        return Character.isDigit(result.charAt(0)) ? "T" + result : result;
    }

    private static String lower(String op) {
        return op.substring(0, 1).toLowerCase(Locale.ROOT) + op.substring(1);
    }
}
