package dev.tessera.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * An embedded Lucene index of the memory's terms, rebuilt from PostgreSQL (every entry's id,
 * source language and {@code terms}), as a candidate index to compare with PostgreSQL's own:
 * "at least 3 of these 5 words" is a Boolean query with a minimum number of SHOULD clauses; the
 * ids found are read back from PostgreSQL and ranked by trigram similarity there.
 */
final class LuceneTerms implements AutoCloseable {

    private final Path folder;
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private LuceneTerms(Path folder, FSDirectory directory) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Builds the index of every entry in a temporary folder. */
    static LuceneTerms build(DataSource dataSource) throws Exception {
        Path folder = Files.createTempDirectory("memory-lucene");
        FSDirectory directory = FSDirectory.open(folder);
        // a small buffer: the benchmark profile runs in a 512 MB heap
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setRAMBufferSizeMB(64));
             Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // a cursor: the rows are streamed, not held
            try (Statement s = c.createStatement()) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery("SELECT id, source_lang, terms FROM memory_entry")) {
                    while (rs.next()) {
                        Document doc = new Document();
                        doc.add(new NumericDocValuesField("id", rs.getLong(1)));
                        doc.add(new StringField("lang", rs.getString(2), Field.Store.NO));
                        for (String term : (String[]) rs.getArray(3).getArray()) {
                            doc.add(new StringField("term", term, Field.Store.NO));
                        }
                        writer.addDocument(doc);
                    }
                }
            }
            c.commit();
            writer.forceMerge(1);
        }
        return new LuceneTerms(folder, directory);
    }

    /** The ids of up to {@code pool} entries of the language holding at least {@code shared} of the words. */
    List<Long> holding(String lang, List<String> words, int shared, int pool) throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : words) {
            any.add(new TermQuery(new Term("term", word)), Occur.SHOULD);
        }
        any.setMinimumNumberShouldMatch(Math.min(shared, words.size()));
        any.add(new TermQuery(new Term("lang", lang)), Occur.FILTER);
        List<Long> ids = new ArrayList<>();
        List<LeafReaderContext> leaves = reader.leaves();
        for (ScoreDoc hit : searcher.search(any.build(), pool).scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            NumericDocValues id = DocValues.getNumeric(leaf.reader(), "id");
            if (id.advanceExact(hit.doc - leaf.docBase)) {
                ids.add(id.longValue());
            }
        }
        return ids;
    }

    /** The close step with this index: the entries found, best 30 by trigram similarity, read from PostgreSQL. */
    List<String> close(Connection c, String lang, List<String> rare, String text) throws Exception {
        List<Long> ids = holding(lang, rare, 3, 2000);
        try (PreparedStatement s = c.prepareStatement("SELECT source_plain FROM memory_entry WHERE id = ANY(?)"
                + " ORDER BY similarity(source_plain, ?) DESC LIMIT 30")) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            s.setArray(1, array);
            s.setString(2, text);
            List<String> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.delete(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
