/*
 * The benchmark's floor: pull every libyaml event from a YAML file and do nothing else.
 *
 * No tree is built, no scalar is resolved, nothing is validated: this is the least work any
 * libyaml-based loader can do, so `accord` commands are reported as a ratio to it.
 *
 * Usage: yaml_events FILE...   prints "<events> events <bytes> scalar bytes FILE" per file.
 * Exit status: 0 success, 1 a YAML syntax error, 2 usage or I/O trouble.
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

/* Parses one file to its end; returns the exit status for it. */
static int pull_events(const char *path)
{
    FILE *file = fopen(path, "rb");
    if (file == NULL) {
        perror(path);
        return 2;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "%s: cannot initialise the libyaml parser\n", path);
        fclose(file);
        return 2;
    }
    yaml_parser_set_input_file(&parser, file);

    unsigned long long events = 0;
    unsigned long long scalar_bytes = 0;
    int status = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: %s\n", path,
                    (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1,
                    parser.problem ? parser.problem : "YAML syntax error");
            status = 1;
            break;
        }
        events++;
        if (event.type == YAML_SCALAR_EVENT) {
            /* Touch the scalar so the work cannot be skipped. */
            scalar_bytes += event.data.scalar.length;
        }
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) {
            break;
        }
    }
    if (status == 0) {
        printf("%llu events %llu scalar bytes %s\n", events, scalar_bytes, path);
    }
    yaml_parser_delete(&parser);
    fclose(file);
    return status;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    int worst = 0;
    for (int i = 1; i < argc; i++) {
        int status = pull_events(argv[i]);
        if (status > worst) {
            worst = status;
        }
    }
    return worst;
}
