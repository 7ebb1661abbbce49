// Vite options that Slidev merges into its own config.
import { defineConfig } from 'vite'

export default defineConfig({})
