package dev.tessera.exchange;

import dev.tessera.document.XliffVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Exports a whole language as a ZIP of one XLIFF file per article. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class XliffBundles {

    private final XliffExport export;

    public XliffBundles(XliffExport export) {
        this.export = export;
    }

    /** The given articles, or (none given) every article with work open in {@code lang}. */
    public byte[] export(String lang, List<Long> articleIds, XliffVersion version) {
        List<Long> ids = articleIds.isEmpty() ? export.withOpenWork(lang) : articleIds;
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (long id : ids) {
            XliffExport.Exported file = export.export(id, lang, version, Set.of(), false);
            files.put(file.fileName(), file.bytes());
        }
        return ZipBundle.write(files);
    }
}
