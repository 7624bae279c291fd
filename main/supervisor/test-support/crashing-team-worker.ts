// A team worker that dies before it answers, as the real one would of a bug or of its heap limit.
throw new Error('the team worker fell over');
