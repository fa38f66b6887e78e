/** The French content and labels (data/fr), translated from the English. Importing this file provides them. */
import drugs from '../../data/fr/drugs.json';
import treatments from '../../data/fr/treatments.json';
import diet from '../../data/fr/diet.json';
import sources from '../../data/fr/sources.json';
import common from '../../data/fr/ui-common.json';
import drugCard from '../../data/fr/ui-drug-card.json';
import treatmentList from '../../data/fr/ui-treatment-list.json';
import dietGuide from '../../data/fr/ui-diet-guide.json';
import naming from '../../data/fr/naming.json';
import questions from '../../data/fr/ui-questions.json';
import { provideLocale } from './provide.js';

provideLocale('fr', { drugs, treatments, diet, sources, common, drugCard, treatmentList, dietGuide, naming, questions });
