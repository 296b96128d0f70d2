package vn.motcua.audit.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Appends CSV records (UTF-8 with BOM, so Excel shows Vietnamese correctly) to a file. Its checkpoint
 * is the file length after the last committed chunk; a restart cuts the file back to it, so a chunk
 * that failed half-way is never written twice.
 */
@Named
@Dependent
public class CsvFileWriter extends AbstractItemWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Inject
    @BatchProperty
    private String output;

    @Inject
    @BatchProperty
    private String header;

    private Path file;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        file = Path.of(output);
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (checkpoint == null) {
            Files.write(file, BOM);
            append(List.of(List.of((Object[]) header.split(","))));
        } else {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate((Long) checkpoint);
            }
        }
    }

    @Override
    public void writeItems(List<Object> items) throws IOException {
        append(items);
    }

    @Override
    public Serializable checkpointInfo() throws IOException {
        return Files.size(file);
    }

    private void append(List<?> records) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(
                Files.newOutputStream(file, StandardOpenOption.APPEND), StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            for (Object record : records) {
                printer.printRecord((List<?>) record);
            }
        }
    }
}
