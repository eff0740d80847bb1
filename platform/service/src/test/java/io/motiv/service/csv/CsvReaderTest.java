package io.motiv.service.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    @Test
    void shouldReadQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<CsvReader.Row> rows = CsvReader.read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,,3");

        assertThat(rows).extracting(CsvReader.Row::fields).containsExactly(
                List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("1", "", "3"));
        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 4);
    }

    @Test
    void shouldSkipBlankLinesAndAByteOrderMark() {
        assertThat(CsvReader.read("\uFEFFa,b\n\n1,2\n")).extracting(CsvReader.Row::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"));
    }

    @Test
    void shouldRejectAnUnclosedQuoteNamingItsLine() {
        assertThatThrownBy(() -> CsvReader.read("a,b\n1,\"open\n2,3")).hasMessage("line 2: a quoted field is not closed");
        assertThatThrownBy(() -> CsvReader.read("a,\"b\"c")).hasMessage("line 1: text after a closing quote");
    }
}
