package vn.motcua.catalog.control;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.boundary.StatutoryTermDto;
import vn.motcua.catalog.entity.DocumentForm;
import vn.motcua.catalog.entity.StepAction;
import vn.motcua.catalog.entity.TermUnit;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogVocabularyTest {

    @Test
    void readsTermsAsTheCatalogWritesThem() {
        assertEquals(Optional.of(new StatutoryTermDto(TermUnit.WORKING_DAYS, new BigDecimal("15"), null)),
                CatalogVocabulary.parseTerm("15 ngày làm việc"));
        assertEquals(Optional.of(new StatutoryTermDto(TermUnit.WORKING_DAYS, new BigDecimal("0.5"), null)),
                CatalogVocabulary.parseTerm("0,5 Ngày làm việc"));
        assertEquals(Optional.of(new StatutoryTermDto(TermUnit.WORKING_HOURS, new BigDecimal("4"), null)),
                CatalogVocabulary.parseTerm("4 giờ làm việc"));
        StatutoryTermDto sameDay = new StatutoryTermDto(TermUnit.SAME_DAY, BigDecimal.ONE, LocalTime.of(15, 0));
        assertEquals(Optional.of(sameDay), CatalogVocabulary.parseTerm("Trong ngày, trước 15:00"));
        assertEquals(Optional.of(sameDay), CatalogVocabulary.parseTerm("trong ngay (truoc 15 gio)"));
        assertEquals(Optional.empty(), CatalogVocabulary.parseTerm("mười lăm ngày"));
        assertEquals(Optional.empty(), CatalogVocabulary.parseTerm("Trong ngày, trước 25:00"));
        assertEquals("Trong ngày, trước 15:00", CatalogVocabulary.formatTerm(sameDay));
        assertEquals("0,25 ngày làm việc", CatalogVocabulary.formatTerm(
                new StatutoryTermDto(TermUnit.WORKING_DAYS, new BigDecimal("0.250"), null)));
    }

    @Test
    void readsLabelsOrCodesWithOrWithoutAccents() {
        assertEquals(Optional.of(DocumentForm.CERTIFIED_COPY), CatalogVocabulary.parse(DocumentForm.class, "bản sao có chứng thực"));
        assertEquals(Optional.of(DocumentForm.COPY), CatalogVocabulary.parse(DocumentForm.class, "COPY"));
        assertEquals(Optional.of(StepAction.SUBMIT_FOR_APPROVAL), CatalogVocabulary.parse(StepAction.class, "Trinh ky"));
        assertEquals(Optional.empty(), CatalogVocabulary.parse(StepAction.class, "Ký số"));
    }
}
