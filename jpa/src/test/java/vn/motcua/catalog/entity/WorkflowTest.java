package vn.motcua.catalog.entity;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkflowTest {

    private static List<BigDecimal> days(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void sequentialStepsAddUp() {
        assertEquals(new BigDecimal("1"), Workflow.criticalDays(days("0.25", "0.25", "0.25", "0.25"),
                Arrays.asList(null, null, null, null)));
    }

    @Test
    void aParallelGroupLastsAsLongAsItsLongestStep() {
        assertEquals(new BigDecimal("10.5"), Workflow.criticalDays(days("0.5", "7", "5", "3"),
                Arrays.asList(null, "A", "A", null)));
    }

    @Test
    void aGroupInterruptedByAnotherStepIsTwoStages() {
        assertEquals(new BigDecimal("5"), Workflow.criticalDays(days("1", "2", "1", "2"),
                Arrays.asList("A", "A", null, "A")));
    }

    @Test
    void searchTextFoldsVietnamese() {
        assertEquals("dang ky the chap quyen su dung dat, tai san gan lien voi dat",
                SearchText.fold("  Đăng ký  thế chấp quyền sử dụng đất, tài sản gắn liền với đất "));
        assertEquals("xoa dang ky", SearchText.fold("XÓA ĐĂNG KÝ"));
    }
}
