package io.callsight.druid;

/** One column of a SQL result: its name, its SQL type (BIGINT, VARCHAR, ...) and Druid's type. */
public record SqlColumn(String name, String sqlType, String druidType) {}
