package vn.motcua.queue.control;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.queue.boundary.QueueStatisticsRowDto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The queue statistics as an Excel sheet, with the page's column headings (times in minutes). */
public final class QueueWorkbook {

    private QueueWorkbook() {
    }

    public static byte[] write(String title, List<String> headings, List<QueueStatisticsRowDto> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Thong ke");
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row head = sheet.createRow(2);
            for (int i = 0; i < headings.size(); i++) {
                head.createCell(i).setCellValue(headings.get(i));
            }
            int r = 3;
            for (QueueStatisticsRowDto row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.key());
                double[] values = {row.issued(), row.served(), row.noShows(), row.waitMedian(), row.waitP90(), row.waitMax(),
                        row.serviceMedian(), row.serviceP90(), row.serviceMax()};
                for (int i = 0; i < values.length; i++) {
                    line.createCell(i + 1).setCellValue(values[i]);
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
