// The Check stage; see README.md for the pipeline.
