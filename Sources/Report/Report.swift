// The Report stage; see README.md for the pipeline.
