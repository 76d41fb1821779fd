package io.callsight.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * What a Druid SQL query reads and returns, from Calcite's parse of it (Druid SQL is Calcite SQL):
 * the datasources in its FROM clauses, every column name it mentions, the names it defines with AS,
 * and the columns its outermost SELECT returns.
 */
public record SqlShape(
    Set<String> datasources, Set<String> mentioned, Set<String> aliases, List<String> columns) {

  private static final SqlParser.Config DRUID_LIKE =
      SqlParser.config()
          .withQuoting(Quoting.DOUBLE_QUOTE)
          .withUnquotedCasing(Casing.UNCHANGED)
          .withQuotedCasing(Casing.UNCHANGED)
          .withCaseSensitive(true);

  /**
   * Parses the query.
   *
   * @throws IllegalArgumentException with the parser's message when it is not valid SQL, or when an
   *     output column has no name ({@code SELECT *} or an expression without AS)
   */
  public static SqlShape of(String sql) {
    SqlNode root;
    try {
      root = SqlParser.create(sql, DRUID_LIKE).parseQuery();
    } catch (SqlParseException e) {
      throw new IllegalArgumentException("not valid SQL: " + e.getMessage(), e);
    }
    Walker walker = new Walker();
    walker.query(root);
    return new SqlShape(walker.datasources, walker.mentioned, walker.aliases, outputs(root));
  }

  private static List<String> outputs(SqlNode root) {
    SqlNode query = root instanceof SqlOrderBy orderBy ? orderBy.query : root;
    if (!(query instanceof SqlSelect select)) {
      throw new IllegalArgumentException("not a SELECT: " + query.getKind());
    }
    List<String> columns = new ArrayList<>();
    for (SqlNode item : select.getSelectList()) {
      if (item.getKind() == SqlKind.AS) {
        columns.add(((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple());
      } else if (item instanceof SqlIdentifier id && !id.isStar()) {
        columns.add(id.names.get(id.names.size() - 1));
      } else {
        throw new IllegalArgumentException(
            "the output column '" + item + "' has no name: give it one with AS");
      }
    }
    return List.copyOf(columns);
  }

  /** Walks a parse tree, sorting identifiers into datasources, column names and aliases. */
  private static final class Walker {
    final Set<String> datasources = new LinkedHashSet<>();
    final Set<String> mentioned = new LinkedHashSet<>();
    final Set<String> aliases = new LinkedHashSet<>();

    void query(SqlNode node) {
      if (node instanceof SqlOrderBy orderBy) {
        query(orderBy.query);
        expression(orderBy.orderList);
      } else if (node instanceof SqlSelect select) {
        from(select.getFrom());
        expression(select.getSelectList());
        expression(select.getWhere());
        expression(select.getGroup());
        expression(select.getHaving());
        expression(select.getOrderList());
      } else {
        throw new IllegalArgumentException("unsupported query form: " + node.getKind());
      }
    }

    void from(SqlNode node) {
      if (node == null) {
        return;
      }
      if (node instanceof SqlIdentifier table) {
        datasources.add(table.names.get(table.names.size() - 1));
      } else if (node.getKind() == SqlKind.AS) {
        SqlCall as = (SqlCall) node;
        from(as.operand(0));
        // "AS t(v)": the table's alias and its columns' (UNNEST names the value it yields).
        for (SqlNode name : as.getOperandList().subList(1, as.operandCount())) {
          aliases.add(((SqlIdentifier) name).getSimple());
        }
      } else if (node.getKind() == SqlKind.UNNEST) {
        ((SqlCall) node).getOperandList().forEach(this::expression);
      } else if (node instanceof SqlJoin join) {
        from(join.getLeft());
        from(join.getRight());
        expression(join.getCondition());
      } else {
        query(node);
      }
    }

    void expression(SqlNode node) {
      if (node == null) {
        return;
      }
      if (node instanceof SqlIdentifier id) {
        if (!id.isStar()) {
          mentioned.add(id.names.get(id.names.size() - 1));
        }
      } else if (node instanceof SqlNodeList list) {
        list.forEach(this::expression);
      } else if (node instanceof SqlSelect || node instanceof SqlOrderBy) {
        query(node);
      } else if (node.getKind() == SqlKind.AS) {
        SqlCall as = (SqlCall) node;
        expression(as.operand(0));
        aliases.add(((SqlIdentifier) as.operand(1)).getSimple());
      } else if (node instanceof SqlCall call) {
        // A function's name is its operator, not an operand: only its arguments are walked.
        call.getOperandList().forEach(this::expression);
      }
    }
  }
}
