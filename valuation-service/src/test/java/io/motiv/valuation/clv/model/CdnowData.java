package io.motiv.valuation.clv.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The CDNOW data set kept beside the repository (shared/data/cdnow, not copied into it). Found through the system
 * property {@code motiv.shared.data} that the parent pom passes to tests, else ../shared/data next to the repository
 * root; tests that need it are skipped when it is absent.
 */
final class CdnowData {

    static final String SUMMARY_CSV = "cdnow_customers_summary_with_transactions.csv";
    static final String SAMPLE_TRANSACTIONS = "CDNOW_sample.txt";
    /** The papers' calibration period: 39 weeks, 1997-01-01 to 1997-09-30. */
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

    private CdnowData() {
    }

    /** The file, or the calling test is skipped. */
    static Path require(String fileName) {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("motiv.shared.data")).map(Path::of).ifPresent(candidates::add);
        repositoryRoot().map(root -> root.resolve("../shared/data").normalize()).ifPresent(candidates::add);
        for (Path directory : candidates) {
            Path file = directory.resolve("cdnow").resolve(fileName);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        Path expected = candidates.isEmpty() ? Path.of("../shared/data/cdnow", fileName)
                : candidates.getFirst().resolve("cdnow").resolve(fileName);
        assumeTrue(false, "CDNOW data not found at " + expected.toAbsolutePath() + ": skipping");
        throw new IllegalStateException("unreachable");
    }

    /** The published per-customer summary (weeks), by customer id 1..2357. */
    static Map<Integer, CustomerSummary> summaries() {
        Map<Integer, CustomerSummary> summaries = new LinkedHashMap<>();
        try (Stream<String> lines = Files.lines(require(SUMMARY_CSV))) {
            lines.skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] fields = line.split(",");
                int x = Integer.parseInt(fields[1].trim());
                double zbar = Double.parseDouble(fields[4].trim());
                summaries.put(Integer.parseInt(fields[0].trim()), new CustomerSummary(x,
                        Double.parseDouble(fields[2].trim()), Double.parseDouble(fields[3].trim()), x == 0 ? 0 : zbar));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return summaries;
    }

    /** Summaries built from the raw 1/10th sample (column 2 is the id the CSV uses), in weeks. */
    static CalibrationSummaries summariesFromRawSample() {
        CalibrationSummaries.Builder builder = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.WEEKS);
        DateTimeFormatter yyyymmdd = DateTimeFormatter.BASIC_ISO_DATE;
        try (Stream<String> lines = Files.lines(require(SAMPLE_TRANSACTIONS))) {
            lines.map(String::trim).filter(line -> !line.isEmpty()).forEach(line -> {
                String[] fields = line.split("\\s+");
                builder.add(String.valueOf(Integer.parseInt(fields[1])), LocalDate.parse(fields[2], yyyymmdd),
                        Double.parseDouble(fields[4]));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }

    private static Optional<Path> repositoryRoot() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(".mvn")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
