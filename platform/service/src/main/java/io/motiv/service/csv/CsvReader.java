package io.motiv.service.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes (a quote inside doubled), CRLF or LF line
 * ends, quoted fields may span lines. Each record knows the line it started on, for error reports.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public record Row(int line, List<String> fields) {

        /**
         * The row's cells by column name, stripped; an empty cell is null.
         *
         * @throws io.motiv.service.api.ValidationException (field "row") when the row has another number of fields
         */
        public java.util.Map<String, String> byColumn(List<String> header) {
            if (fields.size() != header.size()) {
                throw new io.motiv.service.api.ValidationException("row", "has " + fields.size()
                        + " fields; the header has " + header.size());
            }
            java.util.Map<String, String> cells = new java.util.HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String cell = fields.get(i).strip();
                cells.put(header.get(i), cell.isEmpty() ? null : cell);
            }
            return cells;
        }
    }

    /**
     * @throws CsvFormatException for an unterminated quoted field or text after a closing quote
     */
    public static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
                if (!(fields.size() == 1 && fields.getFirst().isEmpty())) {
                    rows.add(new Row(rowLine, List.copyOf(fields)));
                }
                fields.clear();
                line++;
                rowLine = line;
            } else if (afterQuote) {
                throw new CsvFormatException(line, "text after a closing quote");
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new CsvFormatException(rowLine, "a quoted field is not closed");
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        return rows;
    }

    public static class CsvFormatException extends RuntimeException {

        private final int line;

        public CsvFormatException(int line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }
}
