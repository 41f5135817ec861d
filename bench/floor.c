/* The floor of the benchmark: cmark alone converting the same Markdown.
 *
 * floor CONTENT_DIR  reads every kommuner/<k>/plan.md and kommuner/<k>/kort/<id>.md,
 * drops the YAML front matter, converts each body separately with
 * cmark_markdown_to_html (safe mode, cmark's default, as beredskab uses) and writes
 * the HTML to standard output. A count goes to standard error.
 *
 * Build: cc -O2 bench/floor.c -o bench/.build-floor/floor $(pkg-config --cflags --libs libcmark)
 */
#include <cmark.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long files, bytes_in, bytes_out;

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)size + 1);
    if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) { perror(path); exit(1); }
    fclose(f);
    buf[size] = 0;
    *len = (size_t)size;
    return buf;
}

/* The body after a front matter block `---\n … \n---\n` at the very top. */
static const char *body_of(const char *text, size_t *len) {
    if (strncmp(text, "---\n", 4) != 0) return text;
    const char *end = strstr(text + 4, "\n---\n");
    if (!end) return text;
    const char *body = end + 5;
    *len -= (size_t)(body - text);
    return body;
}

static void convert(const char *path) {
    size_t len;
    char *text = read_file(path, &len);
    const char *body = body_of(text, &len);
    char *html = cmark_markdown_to_html(body, len, CMARK_OPT_DEFAULT);
    size_t out = strlen(html);
    fwrite(html, 1, out, stdout);
    files++;
    bytes_in += (long)len;
    bytes_out += (long)out;
    free(html);
    free(text);
}

static int is_md(const char *name) {
    size_t n = strlen(name);
    return n > 3 && name[0] != '.' && strcmp(name + n - 3, ".md") == 0;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: floor CONTENT_DIR\n"); return 64; }
    char path[4096];
    snprintf(path, sizeof path, "%s/kommuner", argv[1]);
    DIR *kommuner = opendir(path);
    if (!kommuner) { perror(path); return 1; }
    struct dirent *k;
    while ((k = readdir(kommuner))) {
        if (k->d_name[0] == '.') continue;
        snprintf(path, sizeof path, "%s/kommuner/%s/plan.md", argv[1], k->d_name);
        convert(path);
        snprintf(path, sizeof path, "%s/kommuner/%s/kort", argv[1], k->d_name);
        DIR *cards = opendir(path);
        if (!cards) continue;
        struct dirent *c;
        while ((c = readdir(cards))) {
            if (!is_md(c->d_name)) continue;
            snprintf(path, sizeof path, "%s/kommuner/%s/kort/%s", argv[1], k->d_name, c->d_name);
            convert(path);
        }
        closedir(cards);
    }
    closedir(kommuner);
    fprintf(stderr, "floor: %ld files, %ld bytes of Markdown, %ld bytes of HTML\n", files, bytes_in, bytes_out);
    return 0;
}
