package io.lsql.core.codegen;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Java names from MySQL and DynamoDB names, and the escapes that keep any name safe in generated source. */
class JavaNamesTest {

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource(delimiter = '|', value = {
        "order_lines      | OrderLines    | orderLines",
        "OrderLines       | OrderLines    | orderLines",
        "cust_id          | CustId        | custId",
        "PK               | Pk            | pk",
        "GSI1PK           | Gsi1pk        | gsi1pk",
        "ordID            | OrdId         | ordId",
        "dev_Customers    | DevCustomers  | devCustomers",
        "Order Date       | OrderDate     | orderDate",
        "class            | Class         | class_",
        "default          | Default       | default_",
        "var              | Var           | var_",
        "2fa_code         | _2faCode      | _2faCode",
        "über_preis       | ÜberPreis     | überPreis",
        "vCustOrders      | VCustOrders   | vCustOrders",
        "a-b.c            | ABC           | aBC",
        "'#'              | Item          | value",
        "''               | Item          | value",
    })
    void namesAreCamelCaseAndNeverKeywords(String name, String className, String memberName) {
        assertEquals(className, JavaNames.className(name));
        assertEquals(memberName, JavaNames.memberName(name));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "com.example.dynamo | true",
        "shop               | true",
        "com.example.       | false",
        ".com               | false",
        "com..example       | false",
        "com.class.x        | false",
        "com.2x             | false",
        "com.ex-ample       | false",
        "''                 | false",
    })
    void packageNamesAreDottedIdentifiers(String name, boolean valid) {
        assertEquals(valid, JavaNames.isPackageName(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "plain             | ~\"plain\"~",
        "say \"hi\"        | ~\"say \\\"hi\\\"\"~",
        "back\\slash       | ~\"back\\\\slash\"~",
        "über              | ~\"\\u00fcber\"~",
    })
    void literalsEscapeQuotesBackslashesAndNonAscii(String text, String literal) {
        assertEquals(literal, JavaNames.literal(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "a*/b              | a*&#47;b",
        "<b>&              | &lt;b&gt;&amp;",
        "@param x          | &#64;param x",
        "~\\u000a~         | &#92;u000a",
    })
    void javadocTextCannotEndTheCommentOrStartATag(String text, String doc) {
        assertEquals(doc, JavaNames.doc(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Orders, Orders2, Orders3", "Page, Page2, Page3"})
    void aNameScopeNumbersClashes(String wanted, String second, String third) {
        NameScope scope = new NameScope(Set.of("Page"));
        String first = scope.claim(wanted);
        assertEquals(wanted.equals("Page") ? "Page2" : "Orders", first);
        assertEquals(wanted.equals("Page") ? third : second, scope.claim(wanted));
    }
}
